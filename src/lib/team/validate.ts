/** The team list (src/data/team.ts): its validation. */
import { textFieldFindings } from '../formats/hiddenCharacters';
import { checkedAddress } from '../formats/urls';
import {
  describe,
  duplicates,
  type Finding,
  inFile,
  isRecord,
  notUnder,
  orThrow,
  unknownFields,
  type Validation,
} from '../formats/problems';
import type { TeamMember } from './model';

export const TEAM_FILE = 'src/data/team.ts';

const KNOWN: readonly string[] = ['name', 'role', 'url'];

function checkMember(member: unknown, index: number): Finding[] {
  const rowLabel = `row ${String(index + 1)}`;
  if (!isRecord(member)) {
    return [
      {
        path: [index],
        message: `${rowLabel}: expected a member { name, ... }, got ${describe(member)}`,
      },
    ];
  }

  const { name, role, url } = member;
  const label = typeof name === 'string' && name.trim() !== '' ? name : rowLabel;
  const problems = unknownFields(label, member, KNOWN, [index]);
  const at = (field: string, message: string): void => {
    problems.push({ path: [index, field], message: `${label}: ${message}` });
  };

  if (typeof name !== 'string' || name.trim() === '') {
    at('name', `name must be non-empty text, got ${describe(name)}`);
  }
  if (role !== undefined && (typeof role !== 'string' || role.trim() === '')) {
    at('role', `role must be non-empty text, got ${describe(role)}`);
  }
  // An address in Unicode is fine: the page links to its URI (TeamList).
  const checked = url === undefined ? undefined : checkedAddress(url, ['https:']);
  if (checked !== undefined && 'problem' in checked)
    at('url', `url ${describe(url)} ${checked.problem}`);
  return problems;
}

/** Checks every member and reports every problem at once. An empty team is valid. */
export function validateTeam(input: unknown): Validation<readonly TeamMember[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      problems: inFile(TEAM_FILE, [
        { path: [], message: `team must be a list of members, got ${describe(input)}` },
      ]),
    };
  }
  const rows: readonly unknown[] = input;
  const problems = rows.flatMap(checkMember);
  // Every text field, once; a field with a problem of its own above is not named twice.
  problems.push(...notUnder(textFieldFindings(rows, { root: 'team' }), problems));
  const names = rows.map((row) =>
    isRecord(row) && typeof row.name === 'string' ? row.name : undefined,
  );
  problems.push(...duplicates('name', names, (index) => [index, 'name']));
  return problems.length > 0
    ? { ok: false, problems: inFile(TEAM_FILE, problems) }
    : { ok: true, value: rows as readonly TeamMember[] };
}

export function assertValidTeam(input: unknown): readonly TeamMember[] {
  return orThrow(TEAM_FILE, validateTeam(input));
}
