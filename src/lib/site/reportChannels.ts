/**
 * The private channels for vulnerability reports (`reportChannels` in src/data/site.ts), most
 * preferred first, and what every view shows of each: the navbar and every "report" link open the
 * first; the reporting page, security.txt (`Contact`, `Encryption`) and SECURITY.md list them all,
 * in their order. Three kinds, each with its own how-to-file text:
 *
 * - `platform`: a vulnerability-disclosure platform that someone else runs (huntr.dev), with its
 *   name, the address to file at and, optionally, the platform's own rules;
 * - `github`: GitHub private vulnerability reporting on a repository (it must be turned on in the
 *   repository's settings): reports open its "Report a vulnerability" form;
 * - `email`: an e-mail address, optionally with the team's OpenPGP key for it.
 */
import {
  DataValidationError,
  describe,
  type Finding,
  inFile,
  isRecord,
  notUnder,
  type ProblemPath,
  unknownFields,
} from '../formats/problems';
import { textFieldFindings } from '../formats/hiddenCharacters';
import { type AddressScheme, addressProblem, checkedAddress } from '../formats/urls';

interface ChannelText {
  /**
   * What a researcher does there, in one or two sentences of plain text, shown as written (markup
   * stays text): what to file the report against, what the form asks. Shown on the reporting
   * page and in SECURITY.md.
   */
  readonly howToFile: string;
}

export interface PlatformChannel extends ChannelText {
  readonly kind: 'platform';
  /** The platform's name, as the text of links to it: `huntr.dev`. */
  readonly name: string;
  /** Where a report is filed (https). */
  readonly url: string;
  /** The platform's own rules, disclosure included, which the reporting page points to. */
  readonly rules?: { readonly name: string; readonly url: string };
}

export interface GitHubChannel extends ChannelText {
  readonly kind: 'github';
  /** The repository that takes private reports: `https://github.com/OWNER/REPOSITORY`. */
  readonly repository: string;
}

export interface EmailChannel extends ChannelText {
  readonly kind: 'email';
  /** The address reports go to: `security@example.org`. */
  readonly address: string;
  /** The team's OpenPGP key for this address: its fingerprint, and where it is published (https). */
  readonly openpgpKey?: { readonly fingerprint: string; readonly url: string };
}

export type ReportChannel = PlatformChannel | GitHubChannel | EmailChannel;

/** A channel as every view shows it; the same for every kind. */
export interface ChannelView {
  readonly kind: ReportChannel['kind'];
  /** The channel's name, as the text of a link to it in a sentence: "report it through huntr.dev". */
  readonly name: string;
  /** What a link to it opens: the https page to file at, or a mailto: address. */
  readonly url: string;
  /** The text of a button that opens it: "Report on huntr.dev", "Report by e-mail". */
  readonly action: string;
  readonly howToFile: string;
  readonly rules?: { readonly name: string; readonly url: string };
  /** The fingerprint in groups of four, as people compare it: `ABCD 1234 …`. */
  readonly openpgpKey?: { readonly fingerprint: string; readonly url: string };
}

/** GitHub's own name for the feature, and the repository it is on: `… on milexdev/milex`. */
export const githubChannelName = (repository: string): string =>
  `GitHub private vulnerability reporting on ${repository.replace(/^https:\/\/github\.com\//, '')}`;

/** Where GitHub's private vulnerability reporting form for `repository` is. */
export const githubReportUrl = (repository: string): string =>
  `${repository}/security/advisories/new`;

/** A fingerprint as people read it: 40 hexadecimal digits in upper case, in groups of four. */
export const groupedFingerprint = (fingerprint: unknown): string =>
  (
    (typeof fingerprint === 'string' ? fingerprint : '')
      .replace(/\s/g, '')
      .toUpperCase()
      .match(/.{1,4}/g) ?? []
  ).join(' ');

/**
 * A channel as every view shows it. Data the checks refuse still gets a view (with no address),
 * since the config reads the channels before the checks run: the data check then stops the build,
 * naming the problem and its line, before any page is made.
 */
export function channelView(channel: ReportChannel): ChannelView {
  const { howToFile } = channel;
  switch (channel.kind) {
    case 'platform':
      return {
        kind: 'platform',
        name: channel.name,
        url: channel.url,
        action: `Report on ${channel.name}`,
        howToFile,
        ...(channel.rules === undefined ? {} : { rules: channel.rules }),
      };
    case 'github':
      return {
        kind: 'github',
        name: githubChannelName(channel.repository),
        url: githubReportUrl(channel.repository),
        action: 'Report on GitHub',
        howToFile,
      };
    case 'email': {
      const key = channel.openpgpKey;
      // Shown as written; opened as its URI (punycode domain, escaped letters outside ASCII).
      return {
        kind: 'email',
        name: channel.address,
        url: emailUri(channel.address),
        action: 'Report by e-mail',
        howToFile,
        ...(key === undefined
          ? {}
          : {
              openpgpKey: {
                fingerprint: groupedFingerprint(key.fingerprint),
                url: key.url,
              },
            }),
      };
    }
    default:
      return UNCHECKED;
  }
}

/** What a channel the checks will refuse is shown as, until they stop the build. */
const UNCHECKED: ChannelView = {
  kind: 'platform',
  name: 'the report channel',
  url: '',
  action: 'Report',
  howToFile: '',
};

/**
 * The link props that open `url` well: an e-mail address opens the mail program from the same
 * tab (Docusaurus would open a new, empty tab for it, as for another site); another site keeps
 * Docusaurus's new tab, which a `target` of undefined would take away.
 */
export const linkTarget = (url: string): { readonly target?: '_self' } =>
  url.startsWith('mailto:') ? { target: '_self' } : {};

/**
 * The channel that the navbar and every "report" link open: the first, the most preferred. An
 * empty list (which the data check refuses) gives a view with no address.
 */
export function preferredChannel(channels: readonly ChannelView[]): ChannelView {
  return channels[0] ?? UNCHECKED;
}

/**
 * An e-mail address as a `mailto:` URI writes it (RFC 6068): a domain in Unicode becomes its
 * punycode (`xn--…`), and letters outside ASCII before the "@" their UTF-8 percent-escapes
 * (`é` becomes `%C3%A9`). Other text as it is, for the check to name.
 */
export function emailUri(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return `mailto:${address}`;
  const domain = address.slice(at + 1);
  const local = address.slice(0, at).replace(/\P{ASCII}/gu, (char) => encodeURIComponent(char));
  const asciiDomain =
    /^[\x21-\x7e]*$/.test(domain) || !URL.canParse(`https://${domain}/`)
      ? domain
      : new URL(`https://${domain}/`).hostname;
  return `mailto:${local}@${asciiDomain}`;
}

/** Why `address` is not one e-mail address a report can go to, or undefined. */
function emailProblem(address: unknown): string | undefined {
  const example = 'such as "security@example.org"';
  if (typeof address !== 'string' || address === '') {
    return `address must be one e-mail address, ${example}, got ${describe(address)}`;
  }
  if (/^mailto:/i.test(address)) {
    return `address ${describe(address)} must be the address alone: leave out "mailto:"`;
  }
  // Letters in any script are fine before the "@" (RFC 6531); hidden characters are named by the
  // text check, and "%" would let an escape such as %40 stand for a second address.
  if (/[^\x21-\x7e\p{L}\p{M}\p{N}]|%/u.test(address.slice(0, address.lastIndexOf('@')))) {
    return `address ${describe(address)}: the part before "@" may hold letters, digits and the signs . ! # $ & ' * + = ^ _ \` { } ~ -, and no "%"`;
  }
  const checked = checkedAddress(emailUri(address), ['mailto:']);
  if ('problem' in checked) {
    return `address must be one e-mail address, ${example}, and nothing more, got ${describe(address)}`;
  }
  // A report goes to a domain's mail server: an IP address names one machine, which anyone on
  // the reader's network may be (the address check already refuses a name without a dot).
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (/^[\d.]+$/.test(domain)) {
    return `address ${describe(address)} must be at a domain name, ${example}: an IP address reaches no mail server of the team`;
  }
  return undefined;
}

/** The most channels the site lists: more would bury the preferred one. */
export const MOST_CHANNELS = 5;
/** The longest platform name, in characters: the navbar's button reads "Report on <name>". */
export const MOST_NAME_CHARACTERS = 40;
/** The longest how-to text, in characters: a sentence or two, not a page. */
export const MOST_HOW_TO_CHARACTERS = 400;

const KNOWN_FIELDS: Readonly<Record<ReportChannel['kind'], readonly string[]>> = {
  platform: ['kind', 'name', 'url', 'howToFile', 'rules'],
  github: ['kind', 'repository', 'howToFile'],
  email: ['kind', 'address', 'howToFile', 'openpgpKey'],
};
const KINDS = Object.keys(KNOWN_FIELDS);

/**
 * `https://github.com/OWNER/REPOSITORY`, as GitHub spells names: no further path, no "/" after,
 * no `.git` in any case (the clone address), and not a name of dots alone (GitHub refuses them).
 */
const GITHUB_REPOSITORY =
  /^https:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/(?!\.+$)(?![A-Za-z0-9._-]*\.[Gg][Ii][Tt]$)[A-Za-z0-9._-]+$/;

/**
 * The first segments of github.com's own pages, which no account can have: `github.com/orgs/x` is
 * an organization's page, not a repository.
 */
const GITHUB_PAGES = new Set([
  'about',
  'account',
  'apps',
  'codespaces',
  'collections',
  'contact',
  'dashboard',
  'enterprise',
  'enterprises',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'logout',
  'marketplace',
  'new',
  'notifications',
  'organizations',
  'orgs',
  'pricing',
  'pulls',
  'search',
  'settings',
  'sponsors',
  'topics',
  'trending',
  'users',
]);

/** Whether `repository` is the address of a repository on GitHub. */
const isGitHubRepository = (repository: string): boolean => {
  const owner = GITHUB_REPOSITORY.exec(repository)?.[1];
  return owner !== undefined && !GITHUB_PAGES.has(owner.toLowerCase());
};

/** A v4 key's fingerprint (40 hexadecimal digits) or a v6 key's (64). */
const FINGERPRINT = /^(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/;

/**
 * The addresses a list of channels holds, by path under `at`, and the kinds each may be: what
 * src/data/site.ts publishes as URIs (addresses.ts) and checks (validate.ts).
 */
export function channelAddresses(
  channels: unknown,
  at: ProblemPath,
): { readonly path: ProblemPath; readonly schemes: readonly AddressScheme[] }[] {
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((channel: unknown, index) => {
    if (!isRecord(channel)) return [];
    const path = [...at, index];
    const https: readonly AddressScheme[] = ['https:'];
    switch (channel.kind) {
      case 'platform':
        return [
          { path: [...path, 'url'], schemes: https },
          ...(channel.rules === undefined
            ? []
            : [{ path: [...path, 'rules', 'url'], schemes: https }]),
        ];
      case 'email':
        return channel.openpgpKey === undefined
          ? []
          : [{ path: [...path, 'openpgpKey', 'url'], schemes: https }];
      default:
        return [];
    }
  });
}

/**
 * Every problem with the list of channels at `at`, its addresses included: each names the channel
 * by its place in the list, and the field.
 */
export function reportChannelFindings(channels: unknown, at: ProblemPath): Finding[] {
  const name = at.join('.');
  if (!Array.isArray(channels) || channels.length === 0) {
    return [
      {
        path: at,
        message: `${name} must list at least one channel for reports, most preferred first, got ${describe(channels)}`,
      },
    ];
  }
  const findings: Finding[] = [];
  if (channels.length > MOST_CHANNELS) {
    findings.push({
      path: at,
      message: `${name} lists ${String(channels.length)} channels; list at most ${String(MOST_CHANNELS)}, most preferred first`,
    });
  }
  channels.forEach((channel: unknown, index) => {
    const label = `${name}[${String(index)}]`;
    const path = [...at, index];
    if (!isRecord(channel) || !KINDS.includes(String(channel.kind))) {
      findings.push({
        path: isRecord(channel) ? [...path, 'kind'] : path,
        message: `${label}: kind must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}, got ${describe(isRecord(channel) ? channel.kind : channel)}`,
      });
      return;
    }
    const kind = channel.kind as ReportChannel['kind'];
    findings.push(...unknownFields(label, channel, KNOWN_FIELDS[kind], path));
    const field = (key: string, message: string): void => {
      findings.push({ path: [...path, key], message: `${label}: ${message}` });
    };
    const { howToFile } = channel;
    if (typeof howToFile !== 'string' || howToFile.trim() === '') {
      field(
        'howToFile',
        `howToFile must say, in a sentence or two, how to file a report there, got ${describe(howToFile)}`,
      );
    } else if (howToFile.length > MOST_HOW_TO_CHARACTERS) {
      field(
        'howToFile',
        `howToFile has ${String(howToFile.length)} characters; keep it to ${String(MOST_HOW_TO_CHARACTERS)} (a sentence or two)`,
      );
    }
    if (kind === 'platform') {
      if (typeof channel.name !== 'string' || channel.name.trim() === '') {
        field(
          'name',
          `name must be the platform's name, such as "huntr.dev", got ${describe(channel.name)}`,
        );
      }
      if (typeof channel.name === 'string' && channel.name.length > MOST_NAME_CHARACTERS) {
        field(
          'name',
          `name has ${String(channel.name.length)} characters; keep it to ${String(MOST_NAME_CHARACTERS)}, as the navbar's button shows it`,
        );
      }
      const { rules } = channel;
      if (rules !== undefined) {
        if (!isRecord(rules)) {
          field('rules', `rules must be { name, url }, got ${describe(rules)}`);
        } else {
          findings.push(
            ...unknownFields(`${label}.rules`, rules, ['name', 'url'], [...path, 'rules']),
          );
          if (typeof rules.name !== 'string' || rules.name.trim() === '') {
            findings.push({
              path: [...path, 'rules', 'name'],
              message: `${label}: rules.name must be the name of the rules' page, got ${describe(rules.name)}`,
            });
          }
        }
      }
    }
    if (kind === 'github') {
      const { repository } = channel;
      if (
        typeof repository !== 'string' ||
        !isGitHubRepository(repository) ||
        addressProblem(githubReportUrl(repository), ['https:']) !== undefined
      ) {
        field(
          'repository',
          `repository must be a GitHub repository's address, such as "https://github.com/milexdev/milex", got ${describe(repository)}`,
        );
      }
    }
    if (kind === 'email') {
      const { address, openpgpKey } = channel;
      const problem = emailProblem(address);
      if (problem !== undefined) field('address', problem);
      if (openpgpKey !== undefined) {
        if (!isRecord(openpgpKey)) {
          field(
            'openpgpKey',
            `openpgpKey must be { fingerprint, url }, got ${describe(openpgpKey)}`,
          );
        } else {
          findings.push(
            ...unknownFields(
              `${label}.openpgpKey`,
              openpgpKey,
              ['fingerprint', 'url'],
              [...path, 'openpgpKey'],
            ),
          );
          const { fingerprint } = openpgpKey;
          const digits = typeof fingerprint === 'string' ? fingerprint.replace(/ /g, '') : '';
          if (!FINGERPRINT.test(digits)) {
            findings.push({
              path: [...path, 'openpgpKey', 'fingerprint'],
              message: `${label}: openpgpKey.fingerprint must be the key's fingerprint, 40 hexadecimal digits (64 for a version 6 key), spaces between groups allowed, got ${describe(fingerprint)}`,
            });
          }
          // A hash is never one digit repeated: 40 zeros stand where the real fingerprint should.
          else if (/^(.)\1*$/i.test(digits)) {
            findings.push({
              path: [...path, 'openpgpKey', 'fingerprint'],
              message: `${label}: openpgpKey.fingerprint ${describe(fingerprint)} is a placeholder, not a key's fingerprint: write the fingerprint gpg --fingerprint prints for the key`,
            });
          }
        }
      }
    }
  });
  // Each address, unless its channel or the field holding it already has a problem.
  const addressFindings: Finding[] = [];
  for (const { path, schemes } of channelAddresses(channels, [])) {
    const [index, ...fields] = path;
    const value = fields.reduce<unknown>(
      (data, step) => (isRecord(data) ? data[step] : undefined),
      channels[Number(index)],
    );
    const problem = addressProblem(value, schemes);
    if (problem !== undefined) {
      addressFindings.push({
        path: [...at, ...path],
        message: `${name}[${String(index)}]: ${fields.join('.')} ${value === undefined ? 'is missing: it' : describe(value)} ${problem}`,
      });
    }
  }
  findings.push(...notUnder(addressFindings, findings));
  // Every text field shows what it says (hidden characters); a field with a problem above is not
  // named twice.
  findings.push(
    ...notUnder(
      textFieldFindings(channels, { root: name }).map((finding) => ({
        ...finding,
        path: [...at, ...finding.path],
      })),
      findings,
    ),
  );
  // Two entries that open the same place would list one channel twice.
  const opened = channels.map((channel: unknown) => {
    if (!isRecord(channel)) return undefined;
    if (channel.kind === 'platform' && typeof channel.url === 'string') {
      return URL.canParse(channel.url) ? new URL(channel.url).href : channel.url;
    }
    if (channel.kind === 'github' && typeof channel.repository === 'string') {
      return githubReportUrl(channel.repository.toLowerCase());
    }
    if (channel.kind === 'email' && typeof channel.address === 'string') {
      return emailUri(channel.address).toLowerCase();
    }
    return undefined;
  });
  opened.forEach((url, index) => {
    const first = opened.indexOf(url);
    if (url !== undefined && first < index) {
      findings.push({
        path: [...at, index],
        message: `${name}[${String(index)}] opens ${url}, as ${name}[${String(first)}] does: list each channel once`,
      });
    }
  });
  return findings;
}

/** The keys this site publishes (`openpgp/`), for channels that link one of them. */
export interface SiteKeys {
  /** The site's own address, ending in "/": a key address under it is one of the site's keys. */
  readonly siteRoot: string;
  /** The address of the folder the site publishes its public keys in, ending in "/". */
  readonly folder: string;
  /** The fingerprints of the keys committed in `openpgp/`, in upper case. */
  readonly fingerprints: ReadonlySet<string>;
}

/**
 * For each e-mail channel whose key address is on this site: the key must be one the repository
 * holds, at the address the site publishes it, or the channel would send researchers to a key
 * that is not there, or to another key than the fingerprint they compare.
 */
export function siteKeyFindings(channels: unknown, at: ProblemPath, keys: SiteKeys): Finding[] {
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((channel: unknown, index): Finding[] => {
    if (!isRecord(channel) || channel.kind !== 'email' || !isRecord(channel.openpgpKey)) return [];
    const { fingerprint, url } = channel.openpgpKey;
    if (typeof fingerprint !== 'string' || typeof url !== 'string') return [];
    if (!url.startsWith(keys.siteRoot)) return [];
    const digits = fingerprint.replace(/ /g, '').toUpperCase();
    const label = `reportChannels[${String(index)}]`;
    const path = [...at, index, 'openpgpKey'];
    if (!keys.fingerprints.has(digits)) {
      return [
        {
          path: [...path, 'fingerprint'],
          message: `${label}: openpgpKey.url is on this site, but openpgp/ holds no key ${digits}: commit its public key as openpgp/${digits}.asc (openpgp/README.md), or correct the fingerprint`,
        },
      ];
    }
    const published = `${keys.folder}${digits}.asc`;
    return url === published
      ? []
      : [
          {
            path: [...path, 'url'],
            message: `${label}: openpgpKey.url ${describe(url)} is on this site, but the site publishes the key ${digits} at ${published}`,
          },
        ];
  });
}

/**
 * The channels as the pages show them, or one error naming every problem in `file`: for channels
 * that src/data/site.ts does not hold (the fixture build's), which its checks do not see.
 */
export function checkedChannelViews(channels: unknown, file: string): ChannelView[] {
  const findings = reportChannelFindings(channels, ['reportChannels']);
  if (findings.length > 0) throw new DataValidationError(file, inFile(file, findings));
  return (channels as readonly ReportChannel[]).map(channelView);
}
