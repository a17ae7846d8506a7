import Link from '@docusaurus/Link';
import { site } from '@site/src/data/site';
import type { ReactNode } from 'react';

/** A link to the private report channel; its text defaults to the channel's name. */
export default function ReportLink({
  children,
  className,
}: {
  readonly children?: ReactNode;
  readonly className?: string;
}): ReactNode {
  return (
    <Link href={site.reportChannel.url} className={className} data-report-link="">
      {children ?? site.reportChannel.name}
    </Link>
  );
}
