/**
 * The example advisory on "Publishing an advisory" (src/components/AdvisoryExample), drawn from the
 * release table so it is always one the build accepts and the policy allows. Browser-safe: the
 * page draws it.
 */
import { recommendedRelease, summarize } from '../releases/lifecycle';
import { branchNumbers, type Release } from '../releases/model';

export interface AdvisoryExample {
  /** The day it is dated: `day` when a release is supported then, else the last day one was. */
  readonly published: string;
  /** The branch it names: the release to run on that day. */
  readonly branch: string;
  /** The file's path and text. */
  readonly file: string;
  readonly text: string;
}

/**
 * An advisory for the release the table says to run on `day`, dated `day`; when the table supports
 * none that day, for the one it said to run on the last day it supported one, dated that day
 * (advisories are for supported releases only). Undefined when the table has never supported a
 * release by `day`.
 */
export function advisoryExample(releases: readonly Release[], day: string): AdvisoryExample | undefined {
  const summary = summarize(releases, day);
  const published = summary.kind === 'supported' ? day : summary.lastEnded?.securityUntil;
  if (published === undefined) return undefined;
  const branch = recommendedRelease(releases, published)?.lifecycle.release.branch;
  if (branch === undefined) return undefined;
  const { major, minor = 0 } = branchNumbers(branch);
  const year = published.slice(0, 4);
  const id = `MILEX-${year}-001`;
  const text = [
    '---',
    `id: ${id}`,
    'title: Stored cross-site scripting in form names',
    `published: ${published}`,
    'severity: high',
    'cvss: CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N',
    'cve:',
    `  - CVE-${year}-12345`,
    'affected:',
    `  - '${branch}'`,
    'fixedIn:',
    `  - ${String(major)}.${String(minor)}.4`,
    'credits:',
    '  - name: Ada Lovelace',
    '    url: https://example.org/ada',
    'summary: One paragraph that says what the problem is and who is exposed to it.',
    '---',
    '',
    '## Impact',
    '',
    'What an attacker can do, and what they need first (an account, a permission, a click).',
    '',
    '## Affected setups',
    '',
    'Which installations are exposed: every one, or only those with a given plugin or setting.',
    '',
    '## Fix',
    '',
    'Which release fixes it, and how to update.',
    '',
    '## Workarounds',
    '',
    'What people who cannot update yet can do in the meantime, or "None".',
    '',
  ].join('\n');
  return { published, branch, file: `advisories/${id}.md`, text };
}
