import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { errorOf } from '../../tests/errorOf';
import { releases as siteReleases } from '../data/releases';
import { fixtureReleases } from '../../tests/fixtures/releases';
import { escapeText, foldLine, releasesToIcs } from './ics';
import type { Release } from './types';

const options = {
  pageUrl: 'https://example.org/security/supported-versions',
  host: 'example.org',
  generatedAt: new Date('2026-11-22T18:30:05.123Z'),
};

function eventsOf(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('releasesToIcs', () => {
  const text = releasesToIcs(fixtureReleases, options);
  const events = eventsOf(text);

  it('is a publishable calendar a real parser reads', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Milex Security//Release lifecycle//EN',
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('has one event per end of support, and one when both ends fall on the same day', () => {
    // 1.0's two ends coincide; 1.1, 1.2 and 2.x have a security-only phase.
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ['2021-11-29', 'Milex 1.0: last day of active and security support'],
      ['2022-09-05', 'Milex 1.1: last day of active support'],
      ['2022-12-05', 'Milex 1.1: last day of security support'],
      ['2023-03-01', 'Milex 1.2: last day of active support'],
      ['2023-09-01', 'Milex 1.2: last day of security support'],
      ['2024-09-01', 'Milex 2.x: last day of active support'],
      ['2025-09-01', 'Milex 2.x: last day of security support'],
    ]);
  });

  it('makes every event all-day, ending on the next day', () => {
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(86_400);
    }
  });

  it('keeps UIDs unique and identical from one build to the next', () => {
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('milex-1.0-support-end@example.org');
    expect(uids).toContain('milex-1.1-active-end@example.org');
    const later = eventsOf(
      releasesToIcs(fixtureReleases, { ...options, generatedAt: new Date('2027-01-01T00:00:00Z') }),
    );
    expect(later.map((event) => event.uid)).toEqual(uids);
  });

  it('stamps every event with the generation time in UTC and links the page', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T18:30:05Z');
      expect(vevent.getFirstPropertyValue('url')).toBe(options.pageUrl);
    }
    expect(text).toContain('DTSTAMP:20261122T183005Z\r\n');
  });

  it('says in each description what the day means, with the release note', () => {
    const byUid = new Map(events.map((event) => [event.uid, event.description]));
    expect(byUid.get('milex-1.1-active-end@example.org')).toContain(
      'gets security fixes only, until 2022-12-05',
    );
    expect(byUid.get('milex-1.2-security-end@example.org')).toContain(
      'Note: Security fixes cover Milex itself, not its end-of-life dependencies.',
    );
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('round-trips punctuation, newlines and non-ASCII in a note through escaping and folding', () => {
    const note = 'Fixes; only for core, not plugins\\extensions.\nSee «notes» — café 🔒 '.repeat(3);
    const release: Release = { ...fixtureReleases[0], note };
    const ics = releasesToIcs([release], options);
    const [event] = eventsOf(ics);
    expect(event?.description).toContain(`Note: ${note}`);
  });

  it('gives an empty calendar for no releases', () => {
    const empty = releasesToIcs([], options);
    expect(eventsOf(empty)).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(empty) as unknown[]).name).toBe('vcalendar');
  });

  it('writes the real data', () => {
    expect(eventsOf(releasesToIcs(siteReleases, options)).length).toBeGreaterThan(0);
  });

  it('refuses bad options, naming each one', () => {
    const message = errorOf(() =>
      releasesToIcs(fixtureReleases, {
        pageUrl: 'http://example.org/page',
        host: 'example org',
        generatedAt: new Date(Number.NaN),
      }),
    );
    expect(message).toContain('pageUrl must be an absolute https:// URL');
    expect(message).toContain('host must be a host name');
    expect(message).toContain('generatedAt is not a valid date');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine(`${'x'.repeat(74)}é${'🔒'.repeat(30)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toBe('x'.repeat(74));
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(
      `${'x'.repeat(74)}é${'🔒'.repeat(30)}`,
    );
  });
});
