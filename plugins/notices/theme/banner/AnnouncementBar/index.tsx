/**
 * The announcement bar, as the security release banner: shown only while a notice is coming on
 * the visitor's day. plugins/notices brings this component, and switches the theme's bar on, only
 * when one is coming on the build day; a page kept in a cache past the release day drops it once
 * hydrated. It replaces the theme's component (which sets inline colours and role="banner"), and
 * keeps the theme's memory of a closed bar: `useAnnouncementBar` is a theme internal, guarded by
 * e2e/notices.test.ts, as is the attribute below.
 */
import { createStorageSlot, ThemeClassNames } from '@docusaurus/theme-common';
import { useAnnouncementBar } from '@docusaurus/theme-common/internal';
import { useNotices } from '@site/src/hooks/useNotices';
import { useToday } from '@site/src/hooks/useToday';
import { comingOn } from '@site/src/lib/notices/lists';
import AnnouncementBarCloseButton from '@theme/AnnouncementBar/CloseButton';
import AnnouncementBarContent from '@theme/AnnouncementBar/Content';
import clsx from 'clsx';
import { type ReactNode, useEffect } from 'react';

import styles from './styles.module.css';

/**
 * The theme hides a bar the visitor closed with an attribute set before hydration; for a bar of
 * a new id (a newer notice) it clears its record after hydration, but leaves the attribute until
 * the next full load. This clears it once the theme's effects have run.
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

export default function AnnouncementBar(): ReactNode {
  const { isActive, close } = useAnnouncementBar();
  const coming = comingOn(useNotices(), useToday());
  useNewBarShown();
  if (!isActive || coming.length === 0) return null;
  return (
    <section
      className={clsx(ThemeClassNames.announcementBar.container, styles.bar)}
      aria-label="Security release notice"
    >
      <div className={styles.placeholder} />
      <AnnouncementBarContent className={styles.content} />
      <AnnouncementBarCloseButton
        onClick={close}
        className={styles.close}
        aria-label="Close the security release notice"
      />
    </section>
  );
}
