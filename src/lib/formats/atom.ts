/**
 * The Atom format (RFC 4287) shared by the site's feeds: the feed's head and its entries, each
 * with the elements the RFC requires. Callers decide what goes in; this decides how it is written.
 */
import { startOfDay } from './dates';
import { escapeXml } from './xml';

export interface AtomEntry {
  /** Stable across rebuilds: see `tagUri`. */
  readonly id: string;
  readonly title: string;
  /** UTC days, `YYYY-MM-DD`. */
  readonly published: string;
  readonly updated: string;
  /** The page the entry is about (https). */
  readonly link: string;
  readonly summary: string;
  readonly categories?: readonly { readonly term: string; readonly label: string }[];
}

export interface AtomFeed {
  /** Where the feed is published (https); also its id. */
  readonly feedUrl: string;
  /** The page the feed is about (https). */
  readonly pageUrl: string;
  readonly title: string;
  readonly subtitle: string;
  /** The UTC day of the feed's newest change, `YYYY-MM-DD`. */
  readonly updated: string;
  /** Who publishes the feed: the team, by its one name. */
  readonly author: string;
  readonly entries: readonly AtomEntry[];
}

/** A tag URI (RFC 4151): `tag:www.milex.org,2022:advisory:MILEX-2022-001`. Its authority has no port. */
export function tagUri(host: string, day: string, specific: string): string {
  return `tag:${host.replace(/:\d+$/, '')},${day.slice(0, 4)}:${specific}`;
}

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.flatMap((entry) => [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <published>${startOfDay(entry.published)}</published>`,
    `    <updated>${startOfDay(entry.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    ...(entry.categories ?? []).map(
      ({ term, label }) => `    <category term="${escapeXml(term)}" label="${escapeXml(label)}"/>`,
    ),
    '  </entry>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${startOfDay(feed.updated)}</updated>`,
    '  <author>',
    `    <name>${escapeXml(feed.author)}</name>`,
    '  </author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
