import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import { pageNames, routes, site } from '@site/src/lib/site';
import { asUri } from '@site/src/lib/site/addresses';
import type { TeamMember } from '@site/src/lib/team/model';
import type { ReactNode } from 'react';

/**
 * The team's members, when src/data/team.ts lists them, and the team's own page of members on the
 * project's website (the page its policy links to), then how to reach the team.
 */
export default function TeamList({
  members,
}: {
  readonly members: readonly TeamMember[];
}): ReactNode {
  return (
    <>
      {members.length === 0 ? (
        <p data-team-empty="">
          The team&apos;s members are introduced on the project&apos;s website, on{' '}
          <Link href={site.membersPage.url}>{site.membersPage.name}</Link>.
        </p>
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
        {members.length > 0 && (
          <>
            The project&apos;s website also introduces the team, on{' '}
            <Link href={site.membersPage.url}>{site.membersPage.name}</Link>.{' '}
          </>
        )}
        To reach the team about a security issue, report it through <ReportLink />, as{' '}
        <Link to={routes.reporting}>{pageNames.reporting}</Link> explains.
      </p>
    </>
  );
}
