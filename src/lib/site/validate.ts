/**
 * The site's identity and links (src/data/site.ts): every text field shows what it says, and every
 * address is a URI as every output writes it. The file is read as it is by the pages, the navbar,
 * security.txt and SECURITY.md, so an address must be written in its normalised form (the message
 * gives it), rather than be rewritten on the way to each.
 */
import { textFieldFindings } from '../formats/hiddenCharacters';
import {
  type Finding,
  inFile,
  notUnder,
  type ProblemPath,
  type Validation,
} from '../formats/problems';
import { type AddressScheme, addressProblem } from '../formats/urls';

export const SITE_FILE = 'src/data/site.ts';

/** The addresses of site.ts, by path, and the kinds each may be. */
const ADDRESSES: readonly {
  readonly path: ProblemPath;
  readonly schemes: readonly AddressScheme[];
}[] = [
  { path: ['defaultUrl'], schemes: ['https:'] },
  { path: ['reportChannel', 'url'], schemes: ['https:', 'mailto:'] },
  { path: ['reportChannel', 'rules', 'url'], schemes: ['https:'] },
  { path: ['project', 'url'], schemes: ['https:'] },
  { path: ['project', 'repository'], schemes: ['https:'] },
  { path: ['membersPage', 'url'], schemes: ['https:'] },
  { path: ['csaf', 'publisher', 'namespace'], schemes: ['https:'] },
];

const valueAt = (data: unknown, path: ProblemPath): unknown =>
  path.reduce<unknown>(
    (value, step) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string | number, unknown>)[step]
        : undefined,
    data,
  );

export function validateSite(site: unknown): Validation<unknown> {
  const findings: Finding[] = [];
  const { idDomain } = (site ?? {}) as { idDomain?: unknown };
  if (
    typeof idDomain !== 'string' ||
    !URL.canParse(`https://${idDomain}/`) ||
    new URL(`https://${idDomain}/`).host !== idDomain
  ) {
    findings.push({
      path: ['idDomain'],
      message: `idDomain ${JSON.stringify(idDomain)} must be a domain name in lower case and ASCII, such as "www.milex.org"`,
    });
  }
  for (const { path, schemes } of ADDRESSES) {
    const value = valueAt(site, path);
    const problem = addressProblem(value, schemes);
    if (problem !== undefined) {
      findings.push({ path, message: `${path.join('.')} ${JSON.stringify(value)} ${problem}` });
    }
  }
  // Every text field, once; an address with a problem of its own above is not named twice.
  findings.push(...notUnder(textFieldFindings(site), findings));
  return findings.length > 0
    ? { ok: false, problems: inFile(SITE_FILE, findings) }
    : { ok: true, value: site };
}
