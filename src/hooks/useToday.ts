import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { customFieldsOf } from '@site/src/lib/formats/customFields';
import { utcDayOf } from '@site/src/lib/formats/dates';
import { useSyncExternalStore } from 'react';

/** The UTC day the site was built for: the build day of the config's input (config/site.ts). */
export function useBuildDay(): string {
  return customFieldsOf(useDocusaurusContext().siteConfig).buildDay;
}

// Check once a minute so a page left open past midnight UTC moves on to the new day.
function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, 60_000);
  return () => {
    clearInterval(timer);
  };
}

const currentDay = (): string => utcDayOf(new Date());

/**
 * Today as a UTC calendar day. The only place the site reads the clock.
 * The static build and the first (hydrating) render use the build day, so the HTML matches;
 * React then re-renders with the visitor's actual day, without a hydration warning.
 */
export function useToday(): string {
  const buildDay = useBuildDay();
  return useSyncExternalStore(subscribe, currentDay, () => buildDay);
}
