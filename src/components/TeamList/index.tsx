import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import { pageNames, routes, site } from '@site/src/lib/site';
import { asUri } from '@site/src/lib/site/addresses';
import type { TeamMember } from '@site/src/lib/team/model';
import type { ReactNode } from 'react';

/**
 * The team's members, if this site lists them, then the team's own page of members on the
 * project's website (the page its policy links to), and how to reach the team.
 */
export default function TeamList({
  members,
}: {
  readonly members: readonly TeamMember[];
}): ReactNode {
  return (
    <>
      {members.length === 0 ? (
        <p data-team-empty="">No members are listed here.</p>
      ) : (
        // Named by the page's "Members" heading above it (html-validate refuses aria-label on a list).
        <ul data-team-members="">
          {members.map((member) => (
            <li key={member.name}>
              {member.url === undefined ? (
                member.name
              ) : (
                <Link href={asUri(member.url)}>{member.name}</Link>
              )}
              {member.role !== undefined && <>: {member.role}</>}
            </li>
          ))}
        </ul>
      )}
      <p>
        The project&apos;s website introduces the team on{' '}
        <Link href={site.membersPage.url}>{site.membersPage.name}</Link>. To reach the team about a
        security issue, report it through <ReportLink />, as{' '}
        <Link to={routes.reporting}>{pageNames.reporting}</Link> explains.
      </p>
    </>
  );
}
