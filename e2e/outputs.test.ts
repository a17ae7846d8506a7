/**
 * The machine-readable files as the builds wrote them: present, parseable, consistent with the
 * data they came from, and with every URL following the address the build was made for. The real
 * build (build/) is checked against src/data/releases.ts; the fixture build (build-fixtures/) is
 * under /security/ on another host, so a URL that ignores SITE_URL or BASE_URL shows up there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { releases as siteReleases } from '../src/data/releases';
import {
  noticeRoute,
  noticesRouteBase,
  outputs,
  reportChannels,
  routes,
  site,
} from '../src/lib/site';
import { lifecycleEvents } from '../src/lib/outputs/lifecycleFeed';
import { addDays } from '../src/lib/formats/dates';
import { parseSecurityTxt } from '../src/lib/outputs/securityTxt';
import { lifecycles, stateOn } from '../src/lib/releases/lifecycle';
import type { Release } from '../src/lib/releases/model';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { releases as fixtureSiteReleases } from '../tests/fixtures/siteReleases';
import { get, siteUrl } from './browser';
import { builtRoot } from './globalSetup';
import { fixtureChannelViews } from '../tests/fixtures/reportChannels';
import type { ChannelView } from '../src/lib/site/reportChannels';

const DAY_MS = 86_400_000;

interface Build {
  readonly name: string;
  readonly dir: string;
  readonly releases: readonly Release[];
  /** The report channels its config names. */
  readonly channels: readonly ChannelView[];
}

const builds: readonly Build[] = [
  { name: 'the real build', dir: 'build', releases: siteReleases, channels: reportChannels },
  {
    name: 'the fixture build under /security/',
    dir: 'build-fixtures',
    releases: fixtureSiteReleases,
    channels: fixtureChannelViews,
  },
];

const read = (build: Build, path: string): string =>
  readFileSync(join(build.dir, path.replace(/^\//, '')), 'utf8');

const field = (text: string, name: string): string[] =>
  parseSecurityTxt(text)
    .fields.filter((f) => f.name.toLowerCase() === name.toLowerCase())
    .map((f) => f.value);

describe.each(builds)('$name', (build) => {
  const root = builtRoot(build.dir);
  const at = (path: string): string => new URL(path.replace(/^\//, ''), root).href;

  describe('security.txt', () => {
    const text = read(build, outputs.securityTxt);

    it('follows RFC 9116, with the report channel and the policy, and claims nothing else', () => {
      expect(parseSecurityTxt(text).problems).toEqual([]);
      // The build's channels, most preferred first, and the OpenPGP keys of those that have one.
      expect(field(text, 'Contact')).toEqual(build.channels.map((channel) => channel.url));
      expect(field(text, 'Encryption')).toEqual(
        build.channels.flatMap(({ openpgpKey }) =>
          openpgpKey === undefined ? [] : [openpgpKey.url],
        ),
      );
      expect(field(text, 'Policy')).toEqual([at(routes.disclosure)]);
      // Every field is one the pages back: the channel, the policy, the expiry, the addresses,
      // and the CSAF provider of the advisories (e2e/csaf.test.ts checks where it points).
      expect(new Set(parseSecurityTxt(text).fields.map((f) => f.name))).toEqual(
        new Set([
          'Contact',
          ...(build.channels.some(({ openpgpKey }) => openpgpKey !== undefined)
            ? ['Encryption']
            : []),
          'Expires',
          'Canonical',
          'Policy',
          'CSAF',
        ]),
      );
    });

    it('expires in the future and less than a year from now', () => {
      const [expires] = field(text, 'Expires');
      const time = new Date(expires ?? '').getTime();
      expect(time).toBeGreaterThan(Date.now());
      expect(time).toBeLessThan(Date.now() + 365 * DAY_MS);
    });

    it('names its own address, and the domain root when the site is under a sub-path', () => {
      const own = at(outputs.securityTxt);
      const domainRoot = new URL(outputs.securityTxt, root.origin).href;
      expect(field(text, 'Canonical')).toEqual(own === domainRoot ? [own] : [domainRoot, own]);
    });
  });

  describe('notices.json', () => {
    it('is valid against the schema published beside it, and lists what the pages list', () => {
      const schema = JSON.parse(read(build, outputs.noticesSchema)) as { $id?: string };
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      const data = JSON.parse(read(build, outputs.noticesJson)) as {
        $schema: string;
        notices: { id: string; url: string }[];
      };
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data.$schema).toBe(at(outputs.noticesSchema));
      expect(schema.$id).toBe(at(outputs.noticesSchema));
      const pages = readdirSync(join(build.dir, noticesRouteBase.slice(1)), {
        withFileTypes: true,
      }).flatMap((entry) => (entry.name.endsWith('.html') ? [entry.name.slice(0, -5)] : []));
      expect(data.notices.map((n) => n.id).sort()).toEqual(pages.sort());
      for (const notice of data.notices) expect(notice.url).toBe(at(noticeRoute(notice.id)));
    });
  });

  describe('releases.json', () => {
    const data = JSON.parse(read(build, outputs.releasesJson)) as {
      $schema: string;
      statusAsOf: string;
      link: string;
      result: {
        name: string;
        status: string;
        releaseDate: string;
        activeSupportUntil: string;
        securitySupportUntil: string;
        betaReleaseDate: string | null;
      }[];
    };

    it('is valid against the schema published beside it', () => {
      const schema = JSON.parse(read(build, outputs.releasesSchema)) as { $id?: string };
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(data.$schema).toBe(at(outputs.releasesSchema));
      expect(schema.$id).toBe(at(outputs.releasesSchema));
      expect(data.link).toBe(at(routes.supportedVersions));
    });

    it('has every release with its dates and its status on the build day', () => {
      const byName = new Map(data.result.map((entry) => [entry.name, entry]));
      expect([...byName.keys()].sort()).toEqual(build.releases.map((r) => r.branch).sort());
      for (const lifecycle of lifecycles(build.releases)) {
        const { release } = lifecycle;
        const entry = byName.get(release.branch);
        expect(entry).toMatchObject({
          releaseDate: release.initialRelease,
          betaReleaseDate: release.betaRelease ?? null,
          activeSupportUntil: release.activeSupportUntil,
          securitySupportUntil: release.securitySupportUntil,
          status: stateOn(lifecycle, data.statusAsOf).status,
          eolFrom: addDays(lifecycle.securityUntil, 1),
        });
      }
      if (build.dir === 'build-fixtures') expect(data.statusAsOf).toBe(FIXTURE_BUILD_DAY);
    });
  });

  describe('releases.ics', () => {
    const text = read(build, outputs.calendar);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const isNotice = (vevent: ICAL.Component): boolean =>
      String(vevent.getFirstPropertyValue('uid')).startsWith('milex-notice-');
    const vevents = calendar.getAllSubcomponents('vevent');
    // The ends of support; the notices' release days are checked on their own below.
    const supportVevents = vevents.filter((vevent) => !isNotice(vevent));
    const events = supportVevents.map((vevent) => new ICAL.Event(vevent));

    it('has an all-day event for each end of support, merged when both ends fall on one day', () => {
      // The last days of support under the support rule (a line's most recent minor release has
      // the line's too).
      const expected = lifecycles(build.releases).flatMap(({ activeUntil, securityUntil }) =>
        activeUntil === securityUntil ? [securityUntil] : [activeUntil, securityUntil],
      );
      const days = events.map((event) => {
        expect(event.startDate.isDate).toBe(true);
        return event.startDate.toString();
      });
      expect(days.sort()).toEqual(expected.sort());
      for (const event of events) {
        expect(event.endDate.toString()).toBe(addDays(event.startDate.toString(), 1));
      }
    });

    it('has unique UIDs and links every event to the supported-versions page', () => {
      const uids = events.map((event) => event.uid);
      expect(new Set(uids).size).toBe(uids.length);
      for (const vevent of supportVevents) {
        expect(vevent.getFirstPropertyValue('url')).toBe(at(routes.supportedVersions));
      }
    });

    it('has an event on the release day of each notice, updated each time the day moved', () => {
      const { notices } = JSON.parse(read(build, outputs.noticesJson)) as {
        notices: { id: string; url: string; releaseDay: string; moves: unknown[] }[];
      };
      const found = vevents.filter(isNotice).map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          id: event.uid.replace(/^milex-notice-/, '').replace(/@.*$/, ''),
          url: String(vevent.getFirstPropertyValue('url')),
          releaseDay: event.startDate.toString(),
          moves: event.sequence,
        };
      });
      expect(found.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
        notices
          .map(({ id, url, releaseDay, moves }) => ({ id, url, releaseDay, moves: moves.length }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    });

    it('reminds a month and a week before each end of support still to come, at UTC instants', () => {
      // The file is made when the site is built: reminders before that day are left out.
      const made = String(
        calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp'),
      );
      const buildDay = made.slice(0, 10);
      for (const vevent of vevents) {
        const triggers = vevent
          .getAllSubcomponents('valarm')
          .map((alarm) => alarm.getFirstProperty('trigger'));
        const day = String(vevent.getFirstPropertyValue('dtstart'));
        expect(
          triggers.map((trigger) =>
            (trigger?.getFirstValue() as ICAL.Time).toJSDate().toISOString(),
          ),
        ).toEqual(
          [addDays(day, -30), addDays(day, -7)]
            .filter((reminder) => reminder >= buildDay)
            .map((reminder) => `${reminder}T00:00:00.000Z`),
        );
      }
    });

    it('ends every line with CRLF and folds lines at 75 octets', () => {
      const lines = text.split('\r\n');
      expect(lines.at(-1)).toBe('');
      for (const line of lines) {
        expect(line).not.toContain('\n');
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    });
  });

  describe('releases.atom', () => {
    const text = read(build, outputs.atom);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'link',
    }).parse(text) as {
      feed: {
        id: string;
        title: string;
        updated: string;
        author: { name: string };
        link: { '@_rel': string; '@_href': string }[];
        entry?: { id: string; title: string; updated: string; link: { '@_href': string }[] }[];
      };
    };

    it('is well-formed Atom that links to itself and to the site', () => {
      expect(SyntaxValidator.validate(text)).toBe(true);
      const { feed } = parsed;
      expect(feed.id).toBe(at(outputs.atom));
      const links = Object.fromEntries(feed.link.map((link) => [link['@_rel'], link['@_href']]));
      expect(links.self).toBe(at(outputs.atom));
      expect(links.alternate).toBe(at(routes.home));
      // What RFC 4287 requires of a feed and of each entry.
      expect(feed.title).toBe('Milex release lifecycle');
      expect(feed.author.name).toBe(site.teamName);
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      for (const entry of feed.entry ?? []) {
        expect(entry.title).toMatch(/^Milex \S+ /);
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
    });

    it('has unique entry ids, each linking to the supported-versions page', () => {
      const entries = parsed.feed.entry ?? [];
      const ids = entries.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const entry of entries) {
        expect(entry.link.map((link) => link['@_href'])).toEqual([at(routes.supportedVersions)]);
      }
      // The feed is written for the same day as the JSON's statuses: the build day.
      const { statusAsOf } = JSON.parse(read(build, outputs.releasesJson)) as {
        statusAsOf: string;
      };
      const titles = lifecycleEvents(build.releases, statusAsOf).map(
        ({ lifecycle, kind }) => `${lifecycle.branch}:${kind}`,
      );
      expect(
        entries.map((entry) => /milex-([^-]+)-(.+)$/.exec(entry.id)?.slice(1).join(':')),
      ).toEqual(titles);
    });

    it('is advertised in the head of every page', () => {
      const pages = readdirSync(build.dir).filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(10);
      for (const file of pages) {
        const tag = [...read(build, file).matchAll(/<link\b[^>]*>/g)]
          .map(([match]) => match)
          .find((match) => match.includes('application/atom+xml'));
        // The minifier drops attribute quotes where it can.
        const href = /\bhref=["']?([^"'\s>]+)/.exec(tag ?? '')?.[1];
        expect(href && new URL(href, root).href, file).toBe(at(outputs.atom));
      }
    });
  });

  describe('badges', () => {
    it('has one shields.io endpoint file per release, and no other', () => {
      const files = readdirSync(join(build.dir, outputs.badges));
      expect(files.sort()).toEqual(build.releases.map((r) => `${r.branch}.json`).sort());
      for (const release of build.releases) {
        const badge = JSON.parse(read(build, `${outputs.badges}${release.branch}.json`)) as {
          schemaVersion: number;
          label: string;
        };
        expect(badge).toMatchObject({ schemaVersion: 1, label: `Milex ${release.branch}` });
      }
    });
  });

  it('uses the address the build was made for in every URL of every output', () => {
    const texts = [
      outputs.securityTxt,
      outputs.releasesJson,
      outputs.releasesSchema,
      outputs.atom,
      // Unfolded, so a URL split across lines is read whole.
      outputs.calendar,
    ].map((path) => read(build, path).replace(/\r\n[ \t]/g, ''));
    const urls = texts.flatMap((text) =>
      [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map(([u]) => u),
    );
    // Standards' own identifiers, and the report channel, which is another site by design.
    const foreign = new Set([
      'https://json-schema.org/draft/2020-12/schema',
      'http://www.w3.org/2005/Atom',
      ...build.channels.flatMap(({ url, openpgpKey }) => [
        url,
        ...(openpgpKey === undefined ? [] : [openpgpKey.url]),
      ]),
      new URL(outputs.securityTxt, root.origin).href,
    ]);
    const stray = urls.filter((url) => !url.startsWith(root.href) && !foreign.has(url));
    expect(stray).toEqual([]);
    expect(urls.length).toBeGreaterThan(5);
  });
});

describe('served files', () => {
  it('serves security.txt as plain text', async () => {
    const response = await get(siteUrl(outputs.securityTxt));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain\b/);
  });
});

describe('the fixture build, built for 1 Oct 2022', () => {
  const fixtureBuild = builds[1];

  it("gives each fixture release's badge the status of that day, in words and colour", () => {
    if (fixtureBuild === undefined) throw new Error('no fixture build');
    const badges = Object.fromEntries(
      fixtureBuild.releases.map((release) => [
        release.branch,
        JSON.parse(read(fixtureBuild, `${outputs.badges}${release.branch}.json`)) as object,
      ]),
    );
    // 2.x is planned, the 1.x line and 1.2 active, 1.1 security-only with 66 days left, 1.0 and
    // 0.9 end of life.
    expect(badges).toMatchObject({
      '2.x': { message: 'planned', color: 'lightgrey' },
      '1.x': { message: 'active support', color: 'brightgreen' },
      '1.2': { message: 'active support', color: 'brightgreen' },
      '1.1': { message: 'security support only, ends in 66 days', color: 'orange' },
      '1.0': { message: 'end of life', color: 'red' },
      '0.9': { message: 'end of life', color: 'red' },
    });
  });
});
