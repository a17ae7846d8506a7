/**
 * The RSS 2.0 format shared by the site's feeds (https://www.rssboard.org/rss-specification).
 * Callers decide what goes in; this decides how it is written.
 */
import { startOfDay } from './dates';
import { escapeHtmlText, escapeXml } from './xml';

export interface RssItem {
  readonly title: string;
  /** The page the item is about (https). */
  readonly link: string;
  /** Stable across rebuilds; not a link. */
  readonly guid: string;
  /** The UTC day it is dated, `YYYY-MM-DD`. */
  readonly pubDay: string;
  /** Plain text. */
  readonly description: string;
  readonly categories?: readonly { readonly domain: string; readonly term: string }[];
}

export interface RssChannel {
  readonly title: string;
  /** The page the feed is about (https). */
  readonly link: string;
  readonly description: string;
  /** The UTC day of the newest change, `YYYY-MM-DD`. */
  readonly lastBuildDay: string;
  /** Where the feed is published (https). */
  readonly feedUrl: string;
  readonly items: readonly RssItem[];
}

/** RFC 822 date as RSS wants it, e.g. "Tue, 20 Sep 2022 00:00:00 GMT". */
const rfc822 = (day: string): string => new Date(startOfDay(day)).toUTCString();

export function rssFeed(channel: RssChannel): string {
  const items = channel.items.flatMap((item) => [
    '    <item>',
    // Readers take an RSS title for HTML as soon as it looks like some (RSS 2.0 leaves it open):
    // escaped for HTML, then for XML, as the description is, so "<b>" shows as written in all.
    `      <title>${escapeXml(escapeHtmlText(item.title))}</title>`,
    `      <link>${escapeXml(item.link)}</link>`,
    `      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    `      <pubDate>${rfc822(item.pubDay)}</pubDate>`,
    // RSS readers render a description as HTML once the XML is read: escaped for HTML, then for
    // XML, the text stays text ("<img …>" shows as written instead of becoming an image).
    `      <description>${escapeXml(escapeHtmlText(item.description))}</description>`,
    ...(item.categories ?? []).map(
      ({ domain, term }) =>
        `      <category domain="${escapeXml(domain)}">${escapeXml(term)}</category>`,
    ),
    '    </item>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
    `    <lastBuildDate>${rfc822(channel.lastBuildDay)}</lastBuildDate>`,
    `    <atom:link rel="self" type="application/rss+xml" href="${escapeXml(channel.feedUrl)}"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
