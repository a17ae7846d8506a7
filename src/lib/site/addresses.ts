/**
 * The addresses of src/data/site.ts, and the site data with each written as a URI: what every
 * page, security.txt, SECURITY.md and the feeds link to. A maintainer may type an address in
 * Unicode (`https://hüntr.dev/ä`); the site publishes its URI (`https://xn--hntr-0ra.dev/%C3%A4`).
 */
import type { ProblemPath } from '../formats/problems';
import { type AddressScheme, checkedAddress } from '../formats/urls';
import { channelAddresses } from './reportChannels';

/** An address of site.ts: where it is, and the kinds it may be. */
export interface SiteAddressField {
  readonly path: ProblemPath;
  readonly schemes: readonly AddressScheme[];
}

const HTTPS: readonly AddressScheme[] = ['https:'];

/** The addresses of site.ts outside its report channels, by path. */
export const FIXED_SITE_ADDRESSES: readonly SiteAddressField[] = [
  { path: ['defaultUrl'], schemes: HTTPS },
  { path: ['project', 'url'], schemes: HTTPS },
  { path: ['project', 'repository'], schemes: HTTPS },
  { path: ['membersPage', 'url'], schemes: HTTPS },
  { path: ['csaf', 'publisher', 'namespace'], schemes: HTTPS },
];

/** Every address of site.ts, by path: the fixed ones, then those of the report channels it lists. */
export function siteAddresses(data: unknown): SiteAddressField[] {
  const channels =
    typeof data === 'object' && data !== null
      ? (data as { reportChannels?: unknown }).reportChannels
      : undefined;
  return [...FIXED_SITE_ADDRESSES, ...channelAddresses(channels, ['reportChannels'])];
}

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

/** `data` with each of its siteAddresses written as a URI (asUri); the rest as it is. */
export function withUriAddresses<T>(data: T): T {
  const copy = structuredClone(data);
  for (const { path, schemes } of siteAddresses(copy)) {
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
