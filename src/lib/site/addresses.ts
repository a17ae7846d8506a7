/**
 * The addresses of src/data/site.ts, and the site data with each written as a URI: what every
 * page, security.txt, SECURITY.md and the feeds link to. A maintainer may type an address in
 * Unicode (`https://hüntr.dev/ä`); the site publishes its URI (`https://xn--hntr-0ra.dev/%C3%A4`).
 */
import type { ProblemPath } from '../formats/problems';
import { type AddressScheme, checkedAddress } from '../formats/urls';

/** The addresses of site.ts, by path, and the kinds each may be. */
export const SITE_ADDRESSES: readonly {
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

/**
 * An address as written if it is already a URI, its URI when it is one in Unicode, or as written
 * when it is no address at all (the check names it). A host alone keeps the "/" it was written
 * without: `https://huntr.dev` and `https://huntr.dev/` are one URI.
 */
export function asUri(value: string, schemes: readonly AddressScheme[] = ['https:']): string {
  const checked = checkedAddress(value, schemes);
  if (!('href' in checked)) return value;
  return checked.href === `${value}/` ? value : checked.href;
}

/** `data` with each of SITE_ADDRESSES written as a URI (asUri); the rest as it is. */
export function withUriAddresses<T>(data: T): T {
  const copy = structuredClone(data);
  for (const { path, schemes } of SITE_ADDRESSES) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (value, step) =>
          typeof value === 'object' && value !== null
            ? (value as Record<string | number, unknown>)[step]
            : undefined,
        copy,
      );
    const key = path.at(-1);
    if (typeof parent !== 'object' || parent === null || key === undefined) continue;
    const record = parent as Record<string | number, unknown>;
    const value = record[key];
    if (typeof value === 'string') record[key] = asUri(value, schemes);
  }
  return copy;
}
