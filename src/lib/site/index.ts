/**
 * The site's data (src/data/site.ts) as every page, plugin and published file reads it: each
 * address written as a URI (addresses.ts), the report channels as every view shows them, and the
 * site's routes, page names and published files (pages.ts).
 */
import { site as siteData } from '../../data/site';
import { withUriAddresses } from './addresses';
import { channelView } from './reportChannels';

export * from './pages';

/** The site's data, each address written as a URI. */
export const site = withUriAddresses(siteData);

/** The report channels as every view shows them, most preferred first (src/lib/site/reportChannels.ts). */
export const reportChannels = site.reportChannels.map(channelView);
