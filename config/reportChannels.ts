/**
 * The navbar's report button, which opens the first of the input's report channels
 * (config/site.ts); the pages read the same channels from `customFields.reportChannels`, and
 * security.txt from the input.
 */
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
