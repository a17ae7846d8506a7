/**
 * The site's identity and links (src/data/site.ts): every text field shows what it says, and every
 * address is one of its kind. site.ts exports its addresses as URIs (addresses.ts), so what is
 * checked here is what every page, security.txt and SECURITY.md link to.
 */
import { textFieldFindings } from '../formats/hiddenCharacters';
import {
  type Finding,
  inFile,
  notUnder,
  type ProblemPath,
  type Validation,
} from '../formats/problems';
import { addressProblem } from '../formats/urls';
import { FIXED_SITE_ADDRESSES } from './addresses';
import { reportChannelFindings, type SiteKeys, siteKeyFindings } from './reportChannels';

export const SITE_FILE = 'src/data/site.ts';

const valueAt = (data: unknown, path: ProblemPath): unknown =>
  path.reduce<unknown>(
    (value, step) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string | number, unknown>)[step]
        : undefined,
    data,
  );

/**
 * Every problem of `site`; with `keys` (the build knows them), also the e-mail channels that link a
 * key of this site it does not publish.
 */
export function validateSite(site: unknown, keys?: SiteKeys): Validation<unknown> {
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
  findings.push(
    ...reportChannelFindings((site as { reportChannels?: unknown } | undefined)?.reportChannels, [
      'reportChannels',
    ]),
  );
  const channels = (site as { reportChannels?: unknown } | undefined)?.reportChannels;
  if (keys !== undefined) {
    findings.push(...notUnder(siteKeyFindings(channels, ['reportChannels'], keys), findings));
  }
  for (const { path, schemes } of FIXED_SITE_ADDRESSES) {
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
