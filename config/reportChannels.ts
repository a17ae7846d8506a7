/**
 * The report channels in the site's config: `customFields.reportChannels`, which the pages'
 * report links and security.txt read, and the navbar's report button, which opens the first.
 * The fixture build names other channels through `withReportChannels`.
 */
import type { Config } from '@docusaurus/types';

import { type ChannelView, linkTarget, preferredChannel } from '../src/lib/site/reportChannels';

/** The attribute that marks the navbar's report button, for its style and the browser tests. */
const NAVBAR_MARK = 'data-report-link';

/**
 * One click to the preferred channel from every page, named after what it opens; the reporting
 * page says how to file there and lists the others.
 */
export function reportNavbarItem(channels: readonly ChannelView[]) {
  const channel = preferredChannel(channels);
  return {
    href: channel.url,
    ...linkTarget(channel.url),
    label: channel.action,
    position: 'right' as const,
    className: 'navbar-report-link',
    [NAVBAR_MARK]: 'navbar',
  };
}

/** `config` with `channels` in place of its report channels: in its custom fields and navbar. */
export function withReportChannels(config: Config, channels: readonly ChannelView[]): Config {
  const themeConfig = config.themeConfig as { navbar: { items: Record<string, unknown>[] } };
  return {
    ...config,
    customFields: { ...config.customFields, reportChannels: channels },
    themeConfig: {
      ...themeConfig,
      navbar: {
        ...themeConfig.navbar,
        items: themeConfig.navbar.items.map((item) =>
          NAVBAR_MARK in item ? reportNavbarItem(channels) : item,
        ),
      },
    },
  };
}
