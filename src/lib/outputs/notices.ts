/**
 * The security release notices as files for tools: RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1
 * feeds, one entry per notice, and `notices.json` with its JSON Schema, for scripts and
 * monitoring. Entries keep their ids across rebuilds; a moved or released notice is updated.
 */
import { site } from '../site';
import { ADVISORY_ID, SEVERITIES } from '../advisories/model';
import { atomFeed, tagUri } from '../formats/atom';
import { startOfDay } from '../formats/dates';
import { compareText } from '../formats/order';
import { rssFeed } from '../formats/rss';
import { NOTICE_ID, type Notice, noticeState, noticeUpdated } from '../notices/model';
import { noticeText } from '../notices/wording';
import { BRANCH_PATTERN } from '../releases/model';

export interface NoticeFeedOptions {
  /** Announcements and releases, which lists the notices (https). */
  readonly listUrl: string;
  /** Where this feed is published (https). */
  readonly feedUrl: string;
  /** The page of one notice (https). */
  readonly pageUrl: (id: string) => string;
  /** The site's host, for Atom's tag URIs. */
  readonly host: string;
  /** The build day, `YYYY-MM-DD`: what each entry says, and how new an empty feed is. */
  readonly today: string;
}

const FEED_TITLE = 'Milex security release notices';
/** The policy promises notice of out-of-sequence releases only: the feed says no more. */
const FEED_DESCRIPTION =
  "The Milex security team's notices of coming Milex security releases (the policy promises one at least two weeks before an out-of-sequence release): the day, the release branches and, when known, how severe.";

const describeFeed = (notices: readonly Notice[]): string =>
  notices.length === 0 ? `${FEED_DESCRIPTION} This feed has no notices yet.` : FEED_DESCRIPTION;

/** "MILEX-SR-2022-002 (release 11 Oct 2022): Security release of Milex 1.2". */
export const noticeEntryTitle = (notice: Notice): string =>
  `${notice.id} (release ${notice.releaseDay}): ${notice.title}`;

/** Feeds list the notices most recently changed first. */
const byChange = (notices: readonly Notice[]): Notice[] =>
  [...notices].sort(
    (a, b) => compareText(noticeUpdated(b), noticeUpdated(a)) || compareText(b.id, a.id),
  );

const feedDay = (notices: readonly Notice[], today: string): string =>
  notices.map(noticeUpdated).sort().at(-1) ?? today;

const tags = (notice: Notice): string[] => [
  notice.released === undefined ? 'notice' : 'released',
  ...(notice.outOfSequence ? ['out-of-sequence'] : []),
  ...notice.branches.map((branch) => `milex-${branch}`),
];

export function noticesRss(notices: readonly Notice[], options: NoticeFeedOptions): string {
  return rssFeed({
    title: FEED_TITLE,
    link: options.listUrl,
    description: describeFeed(notices),
    lastBuildDay: feedDay(notices, options.today),
    feedUrl: options.feedUrl,
    items: byChange(notices).map((notice) => ({
      title: noticeEntryTitle(notice),
      link: options.pageUrl(notice.id),
      // A new guid when the day moves or the release is out, so readers show the change.
      guid: `${notice.id}@${noticeUpdated(notice)}`,
      pubDay: noticeUpdated(notice),
      description: noticeText(notice, options.today),
      categories: tags(notice).map((term) => ({ domain: 'notice', term })),
    })),
  });
}

export function noticesAtom(notices: readonly Notice[], options: NoticeFeedOptions): string {
  return atomFeed({
    feedUrl: options.feedUrl,
    pageUrl: options.listUrl,
    title: FEED_TITLE,
    subtitle: describeFeed(notices),
    updated: feedDay(notices, options.today),
    author: site.teamName,
    entries: byChange(notices).map((notice) => ({
      id: tagUri(options.host, notice.published, `notice:${notice.id}`),
      title: noticeEntryTitle(notice),
      published: notice.published,
      updated: noticeUpdated(notice),
      link: options.pageUrl(notice.id),
      summary: noticeText(notice, options.today),
      categories: tags(notice).map((term) => ({ term, label: term })),
    })),
  });
}

/** The facts of one notice, as notices.json and the JSON Feed's `_milex` carry them. */
function noticeFacts(notice: Notice, url: string, today: string) {
  return {
    id: notice.id,
    title: notice.title,
    url,
    published: notice.published,
    updated: noticeUpdated(notice),
    releaseDay: notice.releaseDay,
    status: noticeState(notice, today),
    outOfSequence: notice.outOfSequence,
    branches: notice.branches,
    highestSeverity: notice.highestSeverity ?? null,
    issues: notice.issues ?? null,
    moves: notice.moves ?? [],
    advisories: notice.released?.advisories ?? [],
  };
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); `_milex` is this site's extension. */
export function noticesJsonFeed(notices: readonly Notice[], options: NoticeFeedOptions): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    description: describeFeed(notices),
    home_page_url: options.listUrl,
    feed_url: options.feedUrl,
    language: 'en',
    authors: [{ name: site.teamName }],
    items: byChange(notices).map((notice) => ({
      id: notice.id,
      url: options.pageUrl(notice.id),
      title: noticeEntryTitle(notice),
      content_text: noticeText(notice, options.today),
      date_published: startOfDay(notice.published),
      date_modified: startOfDay(noticeUpdated(notice)),
      tags: tags(notice),
      _milex: noticeFacts(notice, options.pageUrl(notice.id), options.today),
    })),
  };
}

/** The version of notices.json's format; a change that breaks readers raises it. */
export const NOTICES_JSON_SCHEMA_VERSION = 1;

export interface NoticesJsonOptions {
  readonly today: string;
  readonly schemaUrl: string;
  readonly listUrl: string;
  readonly pageUrl: (id: string) => string;
}

/** `notices.json`: every notice, latest release day first, and where each stands on `today`. */
export function noticesJson(notices: readonly Notice[], options: NoticesJsonOptions): object {
  return {
    $schema: options.schemaUrl,
    schemaVersion: NOTICES_JSON_SCHEMA_VERSION,
    statusAsOf: options.today,
    page: options.listUrl,
    notices: notices.map((notice) =>
      noticeFacts(notice, options.pageUrl(notice.id), options.today),
    ),
  };
}

const day = (description: string): object => ({ type: 'string', format: 'date', description });

/** JSON Schema (draft 2020-12) for notices.json: its descriptions are the file's documentation. */
export function noticesJsonSchema(schemaUrl: string): object {
  const text = (description: string): object => ({ type: 'string', minLength: 1, description });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Milex security release notices',
    description:
      'Every security release notice of the Milex security team: the advance word that a security release is coming, on which day, for which release branches.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'schemaVersion', 'statusAsOf', 'page', 'notices'],
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'This schema.' },
      schemaVersion: {
        const: NOTICES_JSON_SCHEMA_VERSION,
        description: 'The version of this format; raised only for a change that breaks readers.',
      },
      statusAsOf: day("The UTC day each notice's status is given for: the day the file was made."),
      page: { type: 'string', format: 'uri', description: 'The page that lists the notices.' },
      notices: {
        type: 'array',
        description: 'Every notice, latest release day first. Empty when there is none.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'id',
            'title',
            'url',
            'published',
            'updated',
            'releaseDay',
            'status',
            'outOfSequence',
            'branches',
            'highestSeverity',
            'issues',
            'moves',
            'advisories',
          ],
          properties: {
            id: {
              type: 'string',
              pattern: NOTICE_ID.source,
              description: 'The notice\'s id, e.g. "MILEX-SR-2026-001".',
            },
            title: text("The notice's title, one line."),
            url: { type: 'string', format: 'uri', description: "The notice's page." },
            published: day('The UTC day the notice was first published.'),
            updated: day(
              'The UTC day of its last change: published, a move of the release day, or the release.',
            ),
            releaseDay: day(
              'The UTC day the release is planned for, or came out on once released.',
            ),
            status: {
              enum: ['coming', 'due', 'released'],
              description:
                '"coming": the release day is statusAsOf or later; "due": the release day has passed and the notice does not yet record the release; "released": the release is out, with the advisories it brought.',
            },
            outOfSequence: {
              type: 'boolean',
              description:
                'Whether the release is outside the usual release cycle; such a notice is published at least two weeks before the release day.',
            },
            branches: {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { type: 'string', pattern: BRANCH_PATTERN.source },
              description:
                'The release branches the release covers, as in the versions API (e.g. "1.2", "4.x").',
            },
            highestSeverity: {
              description: 'The highest severity among the issues it fixes, when the team says.',
              oneOf: [{ enum: [...SEVERITIES] }, { type: 'null' }],
            },
            issues: {
              description: 'How many security issues it fixes, when the team says.',
              oneOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
            },
            moves: {
              type: 'array',
              description: 'Each change of the release day, oldest first.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['date', 'from', 'summary'],
                properties: {
                  date: day('The UTC day the release day was changed.'),
                  from: day('The release day before this change.'),
                  summary: text('Why the day moved, in one line.'),
                },
              },
            },
            advisories: {
              type: 'array',
              uniqueItems: true,
              items: { type: 'string', pattern: ADVISORY_ID.source },
              description:
                'Once released, the ids of the advisories the release brought; empty before.',
            },
          },
        },
      },
    },
  };
}
