/**
 * The advisories as feeds: RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1, newest first. Each entry
 * carries the advisory's id, severity and CVE ids, in its title and as categories or tags, so a
 * reader can filter on them. Entry ids are stable across rebuilds.
 */
import { site } from '../site';
import { type Advisory, SEVERITY_LABELS } from '../advisories/model';
import { atomFeed, tagUri } from '../formats/atom';
import { startOfDay } from '../formats/dates';
import { rssFeed } from '../formats/rss';

export interface AdvisoryFeedOptions {
  /** The list page (https). */
  readonly listUrl: string;
  /** Where this feed is published (https). */
  readonly feedUrl: string;
  /** The page of one advisory (https). */
  readonly pageUrl: (id: string) => string;
  /** The site's host, for Atom's tag URIs. */
  readonly host: string;
  /** The build day, `YYYY-MM-DD`: how new an empty feed is. */
  readonly today: string;
}

const FEED_TITLE = 'Milex security advisories';
const FEED_DESCRIPTION =
  'Security advisories for Milex core and officially supported plugins, published by the Milex security team.';

/** An empty feed says why it is empty, to readers who open it before anything is published. */
const describeFeed = (advisories: readonly Advisory[]): string =>
  advisories.length === 0
    ? `${FEED_DESCRIPTION} This feed has no advisories yet.`
    : FEED_DESCRIPTION;

/** "MILEX-2026-001 (High): Stored XSS in form names". */
export const entryTitle = (advisory: Advisory): string =>
  `${advisory.id} (${SEVERITY_LABELS[advisory.severity]}): ${advisory.title}`;

const lastChanged = (advisory: Advisory): string => advisory.updated ?? advisory.published;
/** The day the newest change was made, or `today` when there is none. */
const feedDay = (advisories: readonly Advisory[], today: string): string =>
  advisories.map(lastChanged).sort().at(-1) ?? today;

export function advisoriesRss(
  advisories: readonly Advisory[],
  options: AdvisoryFeedOptions,
): string {
  return rssFeed({
    title: FEED_TITLE,
    link: options.listUrl,
    description: describeFeed(advisories),
    lastBuildDay: feedDay(advisories, options.today),
    feedUrl: options.feedUrl,
    items: advisories.map((advisory) => ({
      title: entryTitle(advisory),
      link: options.pageUrl(advisory.id),
      guid: advisory.id,
      pubDay: advisory.published,
      description: advisory.summary,
      categories: [
        { domain: 'severity', term: advisory.severity },
        ...(advisory.cve ?? []).map((id) => ({ domain: 'cve', term: id })),
      ],
    })),
  });
}

export function advisoriesAtom(
  advisories: readonly Advisory[],
  options: AdvisoryFeedOptions,
): string {
  return atomFeed({
    feedUrl: options.feedUrl,
    pageUrl: options.listUrl,
    title: FEED_TITLE,
    subtitle: describeFeed(advisories),
    updated: feedDay(advisories, options.today),
    author: site.teamName,
    entries: advisories.map((advisory) => ({
      id: tagUri(options.host, advisory.published, `advisory:${advisory.id}`),
      title: entryTitle(advisory),
      published: advisory.published,
      updated: lastChanged(advisory),
      link: options.pageUrl(advisory.id),
      summary: advisory.summary,
      categories: [
        { term: advisory.severity, label: `${SEVERITY_LABELS[advisory.severity]} severity` },
        ...(advisory.cve ?? []).map((id) => ({ term: id, label: id })),
      ],
    })),
  });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); `_milex` is this site's extension. */
export function advisoriesJsonFeed(
  advisories: readonly Advisory[],
  options: AdvisoryFeedOptions,
): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    description: describeFeed(advisories),
    home_page_url: options.listUrl,
    feed_url: options.feedUrl,
    language: 'en',
    authors: [{ name: site.teamName }],
    items: advisories.map((advisory) => ({
      id: advisory.id,
      url: options.pageUrl(advisory.id),
      title: entryTitle(advisory),
      summary: advisory.summary,
      content_text: advisory.summary,
      date_published: startOfDay(advisory.published),
      date_modified: startOfDay(lastChanged(advisory)),
      tags: [advisory.severity, ...(advisory.cve ?? [])],
      _milex: {
        id: advisory.id,
        severity: advisory.severity,
        cve: advisory.cve ?? [],
        affected: advisory.affected.map((entry) => entry.branch),
        fixedIn: advisory.fixedIn,
      },
    })),
  };
}
