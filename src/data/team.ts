/**
 * Members of the Milex security team, shown on the "Join the team" page.
 * Leave the list empty to show no names: the page then tells visitors how to reach the team.
 *
 *   name  required
 *   role  optional, e.g. 'Triage lead'
 *   url   optional public profile, https only
 *
 * Example: { name: 'Ada Lovelace', role: 'Triage', url: 'https://github.com/ada' },
 */
import type { TeamMember } from '../lib/team/model';

export const team: readonly TeamMember[] = [];
