/**
 * `/.well-known/security.txt` (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116): where a
 * researcher who finds a vulnerability in Milex should report it. The build writes it; the
 * parser below checks the RFC's rules so that tests can prove the written file follows them.
 */
import { isIsoDate } from '../formats/dates';
import { plural } from '../formats/text';
import { type AddressScheme, addressProblem } from '../formats/urls';

/** RFC 9116 §2.5.5 recommends an Expires less than a year ahead, so stale files lapse. */
export const MAX_EXPIRES_DAYS = 364;
/** Long enough that a site rebuilt a few times a year never lapses, short enough to stay fresh. */
export const DEFAULT_EXPIRES_DAYS = 180;

const MS_PER_DAY = 86_400_000;

/** The instant `days` whole days after `buildTime`, for the Expires field. */
export function expiresAfter(buildTime: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRES_DAYS) {
    throw new RangeError(
      `security.txt Expires period must be a whole number of days from 1 to ${MAX_EXPIRES_DAYS} (RFC 9116 recommends less than a year); got ${String(days)}`,
    );
  }
  if (Number.isNaN(buildTime.getTime())) {
    throw new RangeError('security.txt Expires: the build time is not a valid date');
  }
  return new Date(buildTime.getTime() + days * MS_PER_DAY);
}

export interface SecurityTxtFields {
  /** How to report a vulnerability, most preferred first: https, mailto: or tel: URIs. */
  readonly contact: readonly string[];
  /** Where the OpenPGP keys to encrypt reports with are (https), if any. */
  readonly encryption?: readonly string[];
  readonly expires: Date;
  /** The page that says how reports are handled (https). */
  readonly policy?: string;
  /** The page that thanks reporters (https). */
  readonly acknowledgments?: string;
  /**
   * Every address this file is published at (https); a copy found elsewhere is not authoritative.
   * A site under a sub-path lists the domain-root copy too, since RFC 9116 looks there.
   */
  readonly canonical: readonly string[];
  /** Language tags (BCP 47) in which reports are read, e.g. `['en']`. */
  readonly preferredLanguages: readonly string[];
  /** Where the CSAF provider metadata is (https; CSAF 2.0 requirement 8). */
  readonly csaf?: readonly string[];
}

type Scheme = AddressScheme;

const HTTPS_ONLY: readonly Scheme[] = ['https:'];
const CONTACT_SCHEMES: readonly Scheme[] = ['https:', 'mailto:', 'tel:'];

/** Loose BCP 47: letters, then dash-separated letters or digits (`en`, `pt-BR`, `zh-Hant`). */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** A problem with `value` as a URI of one of `schemes`, or undefined when it is fine. */
function uriProblem(field: string, value: string, schemes: readonly Scheme[]): string | undefined {
  const allowed = schemes.map((scheme) => (scheme === 'https:' ? 'https://' : scheme));
  const last = allowed.pop() ?? '';
  const expected = `an ${allowed.length === 0 ? last : `${allowed.join(', ')} or ${last}`}`;
  // URL() quietly drops tabs and newlines, which would let a value break the line format.
  if (/\s/.test(value) || !URL.canParse(value)) {
    return `${field} ${JSON.stringify(value)} is not a URI; expected ${expected} URI`;
  }
  const { protocol } = new URL(value);
  if (!(schemes as readonly string[]).includes(protocol)) {
    return `${field} ${JSON.stringify(value)} must be ${expected} URI (RFC 9116), not ${protocol}`;
  }
  // The one check of an address (formats/urls.ts): a mailto: names a mailbox, a URI is in ASCII.
  const problem = addressProblem(value, schemes);
  return problem === undefined ? undefined : `${field} ${JSON.stringify(value)} ${problem}`;
}

function fieldProblems(fields: SecurityTxtFields): string[] {
  const problems: (string | undefined)[] = [];
  if (fields.contact.length === 0) {
    problems.push('Contact is missing: RFC 9116 requires at least one way to report');
  }
  for (const contact of fields.contact) {
    problems.push(uriProblem('Contact', contact, CONTACT_SCHEMES));
  }
  for (const encryption of fields.encryption ?? []) {
    problems.push(uriProblem('Encryption', encryption, HTTPS_ONLY));
  }
  if (Number.isNaN(fields.expires.getTime())) problems.push('Expires is not a valid date');
  if (fields.acknowledgments !== undefined) {
    problems.push(uriProblem('Acknowledgments', fields.acknowledgments, HTTPS_ONLY));
  }
  for (const tag of fields.preferredLanguages) {
    if (!LANGUAGE_TAG.test(tag)) {
      problems.push(
        `Preferred-Languages ${JSON.stringify(tag)} is not a language tag such as "en" or "pt-BR"`,
      );
    }
  }
  if (fields.canonical.length === 0) {
    problems.push('Canonical is missing: give the address this file is published at');
  }
  for (const canonical of fields.canonical) {
    problems.push(uriProblem('Canonical', canonical, HTTPS_ONLY));
  }
  if (fields.policy !== undefined) problems.push(uriProblem('Policy', fields.policy, HTTPS_ONLY));
  for (const csaf of fields.csaf ?? []) problems.push(uriProblem('CSAF', csaf, HTTPS_ONLY));
  return problems.filter((problem) => problem !== undefined);
}

/** The text of security.txt; throws one error listing every problem with the fields. */
export function securityTxt(fields: SecurityTxtFields): string {
  const problems = fieldProblems(fields);
  if (problems.length > 0) {
    throw new Error(
      [
        `security.txt cannot be written: ${plural(problems.length, 'problem')}:`,
        ...problems.map((problem) => `  - ${problem}`),
      ].join('\n'),
    );
  }
  const lines = [
    '# Where to report a security vulnerability in Milex (RFC 9116).',
    ...fields.contact.map((contact) => `Contact: ${contact}`),
    ...(fields.encryption ?? []).map((encryption) => `Encryption: ${encryption}`),
    `Expires: ${fields.expires.toISOString()}`,
    ...(fields.acknowledgments === undefined ? [] : [`Acknowledgments: ${fields.acknowledgments}`]),
    ...(fields.preferredLanguages.length === 0
      ? []
      : [`Preferred-Languages: ${fields.preferredLanguages.join(', ')}`]),
    ...fields.canonical.map((canonical) => `Canonical: ${canonical}`),
    ...(fields.policy === undefined ? [] : [`Policy: ${fields.policy}`]),
    ...(fields.csaf ?? []).map((csaf) => `CSAF: ${csaf}`),
  ];
  return `${lines.join('\n')}\n`;
}

export interface ParsedSecurityTxt {
  /** Every field in file order, names as written (RFC 9116 names are case-insensitive). */
  readonly fields: { name: string; value: string }[];
  /** Every way the text breaks RFC 9116's rules; empty when it follows them. */
  readonly problems: string[];
  /** Whether the file is an OpenPGP cleartext-signed message (RFC 9116 section 2.3). */
  readonly signed: boolean;
}

/** RFC 9116 §2.3 uses RFC 3339's date-time; Date.parse alone accepts many other forms. */
const RFC3339_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function isRfc3339DateTime(value: string): boolean {
  const match = RFC3339_DATE_TIME.exec(value);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4])];
  // Seconds may be 60 on a leap second.
  return isIsoDate(match[1]) && hour < 24 && minute < 60 && second <= 60;
}

/** Which URI schemes each URI field takes. RFC 9116 also allows other fields (extensions). */
const URI_FIELDS: Readonly<Record<string, readonly Scheme[]>> = {
  contact: CONTACT_SCHEMES,
  canonical: HTTPS_ONLY,
  policy: HTTPS_ONLY,
  acknowledgments: HTTPS_ONLY,
  hiring: HTTPS_ONLY,
};

const FIELD_LINE = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/;

const SIGNED_MESSAGE = '-----BEGIN PGP SIGNED MESSAGE-----';
const SIGNATURE_START = '-----BEGIN PGP SIGNATURE-----';
const SIGNATURE_END = '-----END PGP SIGNATURE-----';

/**
 * The signed lines of an OpenPGP cleartext-signed file (RFC 9580 section 7), each with its line
 * number in the file, dash-escaping undone; or, for an unsigned file, every line. Whether the
 * signature verifies is for an OpenPGP client to say; this reads the layout only.
 */
function signedLines(lines: readonly string[]): {
  lines: { text: string; number: number }[];
  signed: boolean;
  problems: string[];
} {
  const numbered = lines.map((text, index) => ({ text, number: index + 1 }));
  if (lines[0] !== SIGNED_MESSAGE) return { lines: numbered, signed: false, problems: [] };
  const problems: string[] = [];
  // Armour headers ("Hash: SHA512"), then one blank line, then the signed text.
  const blank = lines.indexOf('');
  const start = lines.indexOf(SIGNATURE_START);
  const end = lines.indexOf(SIGNATURE_END);
  if (blank === -1 || start === -1 || end === -1 || !(blank < start && start < end)) {
    problems.push(
      `the file starts as a cleartext-signed message but is not one: it needs armour headers, a blank line, the text, then ${SIGNATURE_START} … ${SIGNATURE_END}`,
    );
    return { lines: [], signed: true, problems };
  }
  if (lines.slice(end + 1).some((line) => line.trim() !== '')) {
    problems.push(`line ${String(end + 2)}: text after ${SIGNATURE_END} is not signed`);
  }
  return {
    lines: numbered
      .slice(blank + 1, start)
      .map(({ text, number }) => ({ text: text.startsWith('- ') ? text.slice(2) : text, number })),
    signed: true,
    problems,
  };
}

/**
 * Reads a security.txt and reports where it breaks RFC 9116: required and single fields,
 * the Expires date, and https URIs. A cleartext-signed file (section 2.3) is read by its signed
 * text, and says so in `signed`.
 */
export function parseSecurityTxt(text: string): ParsedSecurityTxt {
  const fields: { name: string; value: string }[] = [];
  const lines = text.split(/\r?\n/);
  // A final line ending leaves one empty string after the split; it is not a line.
  if (lines.at(-1) === '') lines.pop();
  const content = signedLines(lines);
  const problems: string[] = [];

  content.lines.forEach(({ text: line, number }) => {
    const where = `line ${String(number)}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const match = FIELD_LINE.exec(line);
    const name = match?.[1];
    const value = match?.[2];
    if (name === undefined || value === undefined) {
      problems.push(
        `${where} is neither a "Name: value" field, a # comment nor blank: ${JSON.stringify(line)}`,
      );
      return;
    }
    if (value === '') {
      problems.push(`${where}: ${name} has no value`);
      return;
    }
    fields.push({ name, value });
    const schemes = URI_FIELDS[name.toLowerCase()];
    if (schemes !== undefined) {
      const problem = uriProblem(name, value, schemes);
      if (problem !== undefined) problems.push(`${where}: ${problem}`);
    }
    if (name.toLowerCase() === 'expires' && !isRfc3339DateTime(value)) {
      problems.push(
        `${where}: Expires ${JSON.stringify(value)} is not an RFC 3339 date-time such as 2027-05-21T18:00:00.000Z`,
      );
    }
  });

  // The layout's problems after the fields', in the order of the file.
  problems.push(...content.problems);
  const count = (name: string): number =>
    fields.filter((field) => field.name.toLowerCase() === name.toLowerCase()).length;
  if (count('Contact') === 0) problems.push('Contact is missing: RFC 9116 requires at least one');
  const expires = count('Expires');
  if (expires === 0) problems.push('Expires is missing: RFC 9116 requires it');
  if (expires > 1) {
    problems.push(`Expires appears ${String(expires)} times: RFC 9116 allows it only once`);
  }
  const languages = count('Preferred-Languages');
  if (languages > 1) {
    problems.push(
      `Preferred-Languages appears ${String(languages)} times: RFC 9116 allows it only once`,
    );
  }
  return { fields, problems, signed: content.signed };
}
