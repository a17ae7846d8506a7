/** A member of the security team, as src/data/team.ts lists them (the data file imports it). */
export interface TeamMember {
  readonly name: string;
  /** What the person does on the team, e.g. "Triage lead". */
  readonly role?: string;
  /** A public profile (https). */
  readonly url?: string;
}
