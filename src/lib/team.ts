/** The team list: its validation. */
import { isHttpsUrl } from './siteConfig';
import {
  describe,
  duplicates,
  isRecord,
  orThrow,
  unknownFields,
  type Validation,
} from './validation';

export interface TeamMember {
  readonly name: string;
  /** What the person does on the team, e.g. "Triage lead". */
  readonly role?: string;
  /** A public profile (https). */
  readonly url?: string;
}

export const TEAM_FILE = 'src/data/team.ts';

const KNOWN: readonly string[] = ['name', 'role', 'url'];

function checkMember(member: unknown, index: number): string[] {
  const rowLabel = `row ${String(index + 1)}`;
  if (!isRecord(member))
    return [`${rowLabel}: expected a member { name, ... }, got ${describe(member)}`];

  const { name, role, url } = member;
  const label = typeof name === 'string' && name.trim() !== '' ? name : rowLabel;
  const problems = unknownFields(label, member, KNOWN);

  if (typeof name !== 'string' || name.trim() === '') {
    problems.push(`${label}: name must be non-empty text, got ${describe(name)}`);
  }
  if (role !== undefined && (typeof role !== 'string' || role.trim() === '')) {
    problems.push(`${label}: role must be non-empty text, got ${describe(role)}`);
  }
  if (url !== undefined && (typeof url !== 'string' || !isHttpsUrl(url))) {
    problems.push(`${label}: url must be an https:// address, got ${describe(url)}`);
  }
  return problems;
}

/** Checks every member and reports every problem at once. An empty team is valid. */
export function validateTeam(input: unknown): Validation<readonly TeamMember[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      problems: [`team must be a list of members, got ${describe(input)}`],
    };
  }
  const rows: readonly unknown[] = input;
  const problems = rows.flatMap(checkMember);
  const names = rows.map((row) =>
    isRecord(row) && typeof row.name === 'string' ? row.name : undefined,
  );
  problems.push(...duplicates('name', names));
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: rows as readonly TeamMember[] };
}

export function assertValidTeam(input: unknown): readonly TeamMember[] {
  return orThrow(TEAM_FILE, validateTeam(input));
}
