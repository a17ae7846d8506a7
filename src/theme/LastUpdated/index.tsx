import { ThemeClassNames } from '@docusaurus/theme-common';
import FormattedDate from '@site/src/components/FormattedDate';
import { utcDayOf } from '@site/src/lib/formats/dates';
import type { Props } from '@theme/LastUpdated';
import type { ReactNode } from 'react';

/**
 * When a policy page last changed, from its file's last commit: the UTC day, written like every
 * other date on the site, in every time zone. The theme's own formats with Intl (locale data that
 * cost a phone about 20 ms) and shows authors.
 * Docusaurus internal: a theme component, not a documented API (e2e/content.test.ts checks it).
 */
export default function LastUpdated({ lastUpdatedAt }: Props): ReactNode {
  if (lastUpdatedAt === undefined || lastUpdatedAt === null) return null;
  const day = utcDayOf(new Date(lastUpdatedAt));
  return (
    <span className={ThemeClassNames.common.lastUpdated} data-last-updated={day}>
      Last updated on <FormattedDate iso={day} />
      {/* `docusaurus start` does not read git, and passes a made-up date. */}
      {process.env.NODE_ENV === 'development' && <small> (a stand-in date while developing)</small>}
    </span>
  );
}
