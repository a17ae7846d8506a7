import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { customFieldsOf, type CustomFields } from '@site/src/lib/formats/customFields';
import type { ReactNode } from 'react';

type Repository = NonNullable<CustomFields['repository']>;

/** The build's repository (customFields.repository), unless given; null when not known. */
function useRepository(given: Repository | null | undefined): Repository | null {
  const configured = customFieldsOf(useDocusaurusContext().siteConfig).repository ?? null;
  return given === undefined ? configured : given;
}

/**
 * "the site's repository", linked and named when the build knows it (REPOSITORY_URL and
 * REPOSITORY_BRANCH, or GitHub Actions), as the team's pages say where a change is made.
 */
export default function SiteRepository({
  repository,
}: {
  /** The build's own unless given; null for none. */
  readonly repository?: Repository | null;
}): ReactNode {
  const known = useRepository(repository);
  if (known === null) return <>the site&apos;s repository</>;
  return (
    <>
      the site&apos;s repository,{' '}
      <Link href={known.url}>{known.url.replace(/^https:\/\//, '')}</Link>
    </>
  );
}

/** MAINTAINING.md, the maintainers' guide at the root of the repository: linked when known. */
export function MaintainingLink({
  repository,
}: {
  readonly repository?: Repository | null;
}): ReactNode {
  const known = useRepository(repository);
  const name = <code>MAINTAINING.md</code>;
  return known === null ? (
    name
  ) : (
    <Link href={`${known.url}/blob/${known.branch}/MAINTAINING.md`}>{name}</Link>
  );
}
