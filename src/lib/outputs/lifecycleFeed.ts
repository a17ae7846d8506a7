/**
 * `/releases.atom` (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): one entry each time a
 * release's first beta or first stable version is published, the release moves to security
 * support only, or it reaches end of life, dated by the event.
 * Only events on or before `today` appear, so the feed never announces the future. Entry ids are
 * tag URIs (RFC 4151) built from the host, branch and event, so they survive rebuilds.
 */
import { site } from '../site';
import { atomFeed, tagUri } from '../formats/atom';
import { addDays, isIsoDate } from '../formats/dates';
import { compareText } from '../formats/order';
import {
  type LifecycleEventKind,
  lifecycles,
  type RowLifecycle,
  stateOn,
} from '../releases/lifecycle';
import { compareBranches, type Release } from '../releases/model';
import {
  afterEndOfLife,
  END_OF_LIFE,
  nothingDueSentence,
  supersededSentence,
  supportSentence,
  wordsText,
} from '../releases/wording';
import { isHttpsUrl } from '../formats/urls';
import { forbiddenXmlChar } from '../formats/xml';

export interface AtomOptions {
  /** The UTC day the feed is written for, `YYYY-MM-DD`. */
  readonly today: string;
  /** The site's home page (https). */
  readonly siteUrl: string;
  /** Where this feed is published (https); also the feed's id. */
  readonly feedUrl: string;
  /** The supported-versions page (https), linked from every entry. */
  readonly pageUrl: string;
  /** The site's host, e.g. `www.milex.org`, for the entry ids. */
  readonly host: string;
}

/** One event of one release, for the feed. */
export interface FeedEvent {
  readonly lifecycle: RowLifecycle;
  readonly kind: LifecycleEventKind;
  /** The first day the release is in its new state. */
  readonly day: string;
}

/** Every lifecycle event of `releases` dated on or before `today`, newest first. */
export function lifecycleEvents(releases: readonly Release[], today: string): FeedEvent[] {
  const events = lifecycles(releases).flatMap((lifecycle) =>
    lifecycle.events.map((event) => ({ lifecycle, ...event })),
  );
  const order: readonly LifecycleEventKind[] = ['eol', 'security-only', 'released', 'beta'];
  return events
    .filter((event) => event.day <= today)
    .sort(
      (a, b) =>
        compareText(b.day, a.day) ||
        compareBranches(b.lifecycle.release.branch, a.lifecycle.release.branch) ||
        order.indexOf(a.kind) - order.indexOf(b.kind),
    );
}

const TITLES: Readonly<Record<LifecycleEventKind, (branch: string) => string>> = {
  beta: (branch) => `Milex ${branch} beta published`,
  released: (branch) => `Milex ${branch} released`,
  'security-only': (branch) => `Milex ${branch} moved to security support only`,
  eol: (branch) => `Milex ${branch} reached end of life`,
};

/** Dates in the feed's text are ISO days, as in its other fields. */
const iso = (day: string): string => day;

function summary({ lifecycle, kind, day }: FeedEvent, table: readonly Release[]): string {
  const { release } = lifecycle;
  const { branch } = release;
  // Each entry says what happened on its day, in the past tense, and what held on that day: it
  // stays true however long after the day it is read.
  const support = (): string =>
    wordsText(supportSentence(stateOn(lifecycle, day), 'As of that day, it', 'was'), iso).replace(
      /\.$/,
      ' (UTC, inclusive).',
    );
  const text = {
    beta: `The first beta of Milex ${branch} came out on ${day}, for testing. Betas get no security advisories. Stable release: ${release.initialRelease}.`,
    released: `Milex ${branch} was released on ${day}. ${support()}`,
    'security-only': `Active support for Milex ${branch} ended on ${addDays(day, -1)}. ${support()}`,
    eol: `Milex ${branch} reached end of life on ${day}: ${END_OF_LIFE}.${wordsText(supersededSentence(lifecycle), iso)} ${afterEndOfLife(table, day, 'past')}`,
  }[kind];
  return release.note === undefined ? text : `${text} Note: ${release.note}`;
}

function releaseProblems(releases: readonly Release[]): string[] {
  return releases.flatMap((release) =>
    (['branch', 'note'] as const).flatMap((field) => {
      const char = forbiddenXmlChar(release[field] ?? '');
      return char === undefined
        ? []
        : [`${JSON.stringify(release.branch)}: ${field} contains ${char}, which XML cannot carry`];
    }),
  );
}

function optionProblems(options: AtomOptions): string[] {
  const problems: string[] = [];
  if (!isIsoDate(options.today)) {
    problems.push(`today must be a YYYY-MM-DD day, got ${JSON.stringify(options.today)}`);
  }
  for (const name of ['siteUrl', 'feedUrl', 'pageUrl'] as const) {
    const value = options[name];
    if (!isHttpsUrl(value)) {
      problems.push(`${name} must be an absolute https:// URL, got ${JSON.stringify(value)}`);
    }
  }
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(options.host)) {
    problems.push(
      `host must be a host name such as www.milex.org, got ${JSON.stringify(options.host)}`,
    );
  }
  return problems;
}

/** The feed for `releases` on `options.today`; throws one error listing every bad option or text. */
export function lifecycleAtom(releases: readonly Release[], options: AtomOptions): string {
  const problems = [...optionProblems(options), ...releaseProblems(releases)];
  if (problems.length > 0) {
    throw new Error(
      `releases.atom cannot be written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const { today, siteUrl, feedUrl, pageUrl } = options;
  const events = lifecycleEvents(releases, today);
  return atomFeed({
    feedUrl,
    pageUrl: siteUrl,
    title: 'Milex release lifecycle',
    subtitle: [
      'Milex betas and releases published, releases moving to security support only, and reaching end of life.',
      nothingDueSentence(releases, today, 'entry'),
    ]
      .filter((part) => part !== undefined)
      .join(' '),
    // The feed changes only when an event happens, so it is as new as its newest entry.
    updated: events[0]?.day ?? today,
    author: site.teamName,
    entries: events.map((event) => ({
      id: tagUri(options.host, event.day, `milex-${event.lifecycle.release.branch}-${event.kind}`),
      title: TITLES[event.kind](event.lifecycle.release.branch),
      published: event.day,
      updated: event.day,
      link: pageUrl,
      summary: summary(event, releases),
    })),
  });
}
