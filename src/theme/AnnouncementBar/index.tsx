/**
 * The theme's announcement bar, shown only while a security release notice is coming on the
 * visitor's day: the config switches the bar on when one is coming on the build day
 * (plugins/notices), and a page kept in a cache past the release day drops it once hydrated.
 * A wrap of a component the theme does not mark safe to swizzle; e2e/notices.test.ts checks it.
 */
import { createStorageSlot } from '@docusaurus/theme-common';
import { useNotices } from '@site/src/hooks/useNotices';
import { useToday } from '@site/src/hooks/useToday';
import { comingOn } from '@site/src/lib/notices/lists';
import AnnouncementBar from '@theme-original/AnnouncementBar';
import { type ReactNode, useEffect } from 'react';

/**
 * The theme hides a bar the visitor closed with an attribute set before hydration; for a bar of
 * a new id (a newer notice) it clears its record after hydration, but leaves the attribute until
 * the next full load. This clears it once the theme's effects have run. Both names are theme
 * internals (theme-classic's inlineScripts.js), which e2e/notices.test.ts guards.
 */
function useNewBarShown(): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      if (createStorageSlot('docusaurus.announcement.dismiss').get() !== 'true') {
        document.documentElement.setAttribute('data-announcement-bar-initially-dismissed', 'false');
      }
    });
    return () => {
      clearTimeout(timer);
    };
  }, []);
}

export default function AnnouncementBarWrapper(): ReactNode {
  const notices = useNotices();
  const today = useToday();
  useNewBarShown();
  return comingOn(notices, today).length === 0 ? null : <AnnouncementBar />;
}
