import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import { routes } from '@site/src/data/site';
import type { TeamMember } from '@site/src/lib/types';
import type { ReactNode } from 'react';

/** The team's members, or, when none are listed, how to reach the team instead. */
export default function TeamList({
  members,
}: {
  readonly members: readonly TeamMember[];
}): ReactNode {
  if (members.length === 0) {
    return (
      <p data-team-empty="">
        The team does not list its members here yet. To reach the team about a security issue,
        report it privately through <ReportLink />;{' '}
        <Link to={routes.reporting}>Reporting a vulnerability</Link> explains how.
      </p>
    );
  }
  return (
    <ul aria-label="Security team members">
      {members.map((member) => (
        <li key={member.name}>
          {member.url === undefined ? member.name : <Link href={member.url}>{member.name}</Link>}
          {member.role !== undefined && <>: {member.role}</>}
        </li>
      ))}
    </ul>
  );
}
