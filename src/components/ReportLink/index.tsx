import Link from '@docusaurus/Link';
import { useReportChannels } from '@site/src/hooks/useReportChannels';
import { linkTarget, preferredChannel } from '@site/src/lib/site/reportChannels';
import type { ReactNode } from 'react';

/**
 * A link to the preferred report channel (the first of src/data/site.ts's `reportChannels`); its
 * text defaults to the channel's name.
 */
export default function ReportLink({
  children,
  className,
}: {
  readonly children?: ReactNode;
  readonly className?: string;
}): ReactNode {
  const channel = preferredChannel(useReportChannels());
  return (
    <Link href={channel.url} {...linkTarget(channel.url)} className={className} data-report-link="">
      {children ?? channel.name}
    </Link>
  );
}
