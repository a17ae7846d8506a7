import ReleaseSummary from '@site/src/components/ReleaseSummary';
import ReleaseTimeline from '@site/src/components/ReleaseTimeline';
import SupportedVersions from '@site/src/components/SupportedVersions';
import { useToday } from '@site/src/hooks/useToday';
import type { Release } from '@site/src/lib/releases/model';
import type { ReactNode } from 'react';

/**
 * The summary, the table and the timeline, with statuses for today: the build day in the static HTML,
 * the visitor's own day once the page has hydrated.
 */
export default function ReleaseLifecycle({
  releases,
}: {
  readonly releases: readonly Release[];
}): ReactNode {
  const today = useToday();
  return (
    <div data-today={today}>
      <ReleaseSummary releases={releases} today={today} />
      <SupportedVersions releases={releases} today={today} />
      <ReleaseTimeline releases={releases} today={today} />
    </div>
  );
}
