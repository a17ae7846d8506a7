import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { errorOf } from '../../../tests/errorOf';
import { fifteenReleases, fixtureReleases } from '../../../tests/fixtures/releases';
import { addDays } from '../formats/dates';
import { escapeText, foldLine, releasesToIcs } from './calendar';
import type { Release } from '../releases/model';

const options = {
  pageUrl: 'https://example.org/security/supported-versions',
  host: 'example.org',
  generatedAt: new Date('2026-11-22T18:30:05.123Z'),
};

function calendarOf(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function eventsOf(text: string): ICAL.Event[] {
  return calendarOf(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** False when `text` holds half of a character: a lone surrogate does not survive UTF-8. */
const isWholeUtf8 = (text: string): boolean => Buffer.from(text, 'utf8').toString('utf8') === text;

describe('releasesToIcs', () => {
  const text = releasesToIcs(fixtureReleases, options);
  const events = eventsOf(text);

  it('reminds a month and a week before each end of support, at the start of that UTC day', () => {
    // Made long before every fixture date: every reminder is still to come.
    const early = releasesToIcs(fixtureReleases, {
      ...options,
      generatedAt: new Date('2020-01-01T12:00:00Z'),
    });
    const components = calendarOf(early).getAllSubcomponents('vevent');
    expect(components.length).toBeGreaterThan(0);
    for (const vevent of components) {
      const day = String(vevent.getFirstPropertyValue('dtstart'));
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual([
        'DISPLAY',
        'DISPLAY',
      ]);
      const triggers = alarms.map((alarm) => alarm.getFirstProperty('trigger'));
      expect(triggers.map((trigger) => trigger?.type)).toEqual(['date-time', 'date-time']);
      const instants = triggers.map((trigger) =>
        (trigger?.getFirstValue() as ICAL.Time).toJSDate().toISOString(),
      );
      expect(instants).toEqual([
        `${addDays(day, -30)}T00:00:00.000Z`,
        `${addDays(day, -7)}T00:00:00.000Z`,
      ]);
      const summary = String(vevent.getFirstPropertyValue('summary'));
      expect(alarms.map((alarm) => alarm.getFirstPropertyValue('description'))).toEqual([
        `${summary}: in a month (${day}, UTC)`,
        `${summary}: in a week (${day}, UTC)`,
      ]);
    }
  });

  it('leaves out reminders whose day has passed when the file is made', () => {
    // 1.1's security support ends 2022-12-05: its month reminder (5 Nov) has passed on 20 Nov,
    // its week reminder (28 Nov) has not.
    const late = releasesToIcs(fixtureReleases, {
      ...options,
      generatedAt: new Date('2022-11-20T12:00:00Z'),
    });
    const reminders = (uid: string): unknown[] =>
      calendarOf(late)
        .getAllSubcomponents('vevent')
        .filter((vevent) => vevent.getFirstPropertyValue('uid') === uid)
        .flatMap((vevent) => vevent.getAllSubcomponents('valarm'))
        .map((alarm) => alarm.getFirstPropertyValue('description'));
    expect(reminders('milex-1.1-security-end@example.org')).toEqual([
      'Milex 1.1: last day of security support: in a week (2022-12-05, UTC)',
    ]);
    expect(reminders('milex-1.0-support-end@example.org')).toEqual([]);
    expect(reminders('milex-2.x-security-end@example.org')).toHaveLength(2);
  });

  it('is a publishable calendar a real parser reads', () => {
    const calendar = calendarOf(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Milex Security//Release lifecycle//EN',
    );
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Milex release support dates');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBeTruthy();
  });

  it('has one event per end of support, and one when both ends fall on the same day', () => {
    // 1.0's two ends coincide; 1.1, 1.2 and 2.x have a security-only phase. Input is unordered.
    expect(
      events.map((event) => [event.startDate.toString(), event.endDate.toString(), event.summary]),
    ).toEqual([
      ['2021-11-29', '2021-11-30', 'Milex 1.0: last day of active and security support'],
      ['2022-09-05', '2022-09-06', 'Milex 1.1: last day of active support'],
      ['2022-12-05', '2022-12-06', 'Milex 1.1: last day of security support'],
      ['2023-03-01', '2023-03-02', 'Milex 1.2: last day of active support'],
      ['2023-09-01', '2023-09-02', 'Milex 1.2: last day of security support'],
      ['2024-09-01', '2024-09-02', 'Milex 2.x: last day of active support'],
      ['2025-09-01', '2025-09-02', 'Milex 2.x: last day of security support'],
    ]);
  });

  it('writes all-day dates, ending on the next day (exclusive)', () => {
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(86_400);
    }
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20211129\r\nDTEND;VALUE=DATE:20211130\r\n');
    // The year changes with the end date.
    expect(
      eventsOf(
        releasesToIcs(
          [
            {
              branch: '3.0',
              initialRelease: '2030-01-01',
              activeSupportUntil: '2030-12-31',
              securitySupportUntil: '2030-12-31',
            },
          ],
          options,
        ),
      ).map((event) => [event.startDate.toString(), event.endDate.toString()]),
    ).toEqual([['2030-12-31', '2031-01-01']]);
  });

  it('keeps UIDs unique and identical from one build to the next', () => {
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual([
      'milex-1.0-support-end@example.org',
      'milex-1.1-active-end@example.org',
      'milex-1.1-security-end@example.org',
      'milex-1.2-active-end@example.org',
      'milex-1.2-security-end@example.org',
      'milex-2.x-active-end@example.org',
      'milex-2.x-security-end@example.org',
    ]);
    const later = eventsOf(
      releasesToIcs(fixtureReleases, { ...options, generatedAt: new Date('2027-01-01T00:00:00Z') }),
    );
    expect(later.map((event) => event.uid)).toEqual(uids);
  });

  it('writes the same file whatever the order of the input', () => {
    expect(releasesToIcs([...fixtureReleases].reverse(), options)).toBe(text);
  });

  it('orders events on the same day by branch number, 1.9 before 1.10', () => {
    const dates = {
      initialRelease: '2025-01-01',
      activeSupportUntil: '2025-06-30',
      securitySupportUntil: '2025-06-30',
    } as const;
    const twins: Release[] = [
      { branch: '1.10', ...dates },
      { branch: '1.9', ...dates },
    ];
    expect(eventsOf(releasesToIcs(twins, options)).map((event) => event.uid)).toEqual([
      'milex-1.9-support-end@example.org',
      'milex-1.10-support-end@example.org',
    ]);
  });

  it('stamps every event with the generation time in UTC, links the page and is transparent', () => {
    const veventComponents = calendarOf(text).getAllSubcomponents('vevent');
    expect(veventComponents).toHaveLength(7);
    for (const vevent of veventComponents) {
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T18:30:05Z');
      expect(vevent.getFirstPropertyValue('url')).toBe(options.pageUrl);
      expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
    expect(text.match(/\r\nDTSTAMP:20261122T183005Z\r\n/g)).toHaveLength(7);
  });

  it('says why it has nothing due, only while no listed release is supported or coming and no notice is', () => {
    const description = (ics: string): string =>
      // ical.js leaves an X- property's text escaped.
      String(calendarOf(ics).getFirstPropertyValue('x-wr-caldesc')).replace(/\\([,;\\])/g, '$1');
    // On 22 Nov 2026 every fixture release has ended and none is planned.
    expect(description(text)).toContain(
      'As of 2026-11-22, no Milex release listed on Supported versions is supported or planned, so no new event is due',
    );
    const onDay = (day: string) => ({ ...options, generatedAt: new Date(`${day}T12:00:00Z`) });
    expect(description(releasesToIcs(fixtureReleases, onDay('2022-10-01')))).not.toContain(
      'no new event is due',
    );
    const coming = {
      notice: {
        id: 'MILEX-SR-2026-001',
        title: 'Security release for Milex 2.x',
        published: '2026-11-20',
        releaseDay: '2026-12-15',
        outOfSequence: false,
        branches: ['2.x'],
      },
      pageUrl: 'https://example.org/security/security-release-notices/MILEX-SR-2026-001',
    };
    expect(
      description(releasesToIcs(fixtureReleases, { ...options, notices: [coming] })),
    ).not.toContain('no new event is due');
  });

  it('says in each description what the day means, with the release note and the page', () => {
    const byUid = new Map(events.map((event) => [event.uid, event.description]));
    expect(byUid.get('milex-1.1-active-end@example.org')).toContain(
      'After this day (UTC) Milex 1.1 is in security support only, until 2022-12-05',
    );
    expect(byUid.get('milex-1.1-security-end@example.org')).toContain(
      'After this day (UTC) Milex 1.1 is end of life',
    );
    expect(byUid.get('milex-1.0-support-end@example.org')).toContain(
      'its security support has ended, and it receives no more security advisories',
    );
    expect(byUid.get('milex-1.2-security-end@example.org')).toContain(
      'Note: Security fixes cover Milex itself, not its end-of-life dependencies.',
    );
    expect(byUid.get('milex-1.1-security-end@example.org')).not.toContain('Note:');
    for (const event of events) expect(event.description).toContain(options.pageUrl);
  });

  it('ends every line with CRLF and keeps lines within 75 octets, folding the long ones', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // The descriptions are longer than a line, so the check above saw folded lines.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('round-trips punctuation, newlines and non-ASCII in a note through escaping and folding', () => {
    const note = 'Fixes; only for core, not plugins\\extensions.\nSee «notes» — café 🔒 '.repeat(3);
    const release: Release = { ...fixtureReleases[0], note };
    const [event] = eventsOf(releasesToIcs([release], options));
    expect(event?.description).toContain(`Note: ${note}`);
  });

  it('folds a note at every alignment without splitting a character', () => {
    // Shifting the note by one octet at a time puts each byte of é and 🔒 on a fold once.
    for (let shift = 0; shift < 8; shift += 1) {
      const note = `${'x'.repeat(shift)}${'é🔒, ; '.repeat(20)}`;
      const ics = releasesToIcs([{ ...fixtureReleases[0], note }], options);
      for (const line of ics.split('\r\n')) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(isWholeUtf8(line)).toBe(true);
      }
      expect(eventsOf(ics)[0]?.description).toContain(`Note: ${note}`);
    }
  });

  it('gives an empty calendar for no releases', () => {
    const empty = releasesToIcs([], options);
    expect(eventsOf(empty)).toEqual([]);
    const calendar = calendarOf(empty);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Milex Security//Release lifecycle//EN',
    );
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('gives fifteen releases with a security-only phase two events each, in date order', () => {
    const many = eventsOf(releasesToIcs(fifteenReleases, options));
    expect(many).toHaveLength(30);
    const uids = many.map((event) => event.uid);
    expect(new Set(uids).size).toBe(30);
    const days = many.map((event) => event.startDate.toString());
    expect(days).toEqual([...days].sort());
    expect(many[0]?.uid).toBe('milex-1.0-active-end@example.org');
    expect(many.at(-1)?.uid).toBe('milex-1.14-security-end@example.org');
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

  it.each([
    ['pageUrl', { pageUrl: 'http://example.org/page' }],
    ['pageUrl', { pageUrl: '/security/supported-versions' }],
    // URL() would drop the newline; written as is, it would start a new content line.
    ['pageUrl', { pageUrl: 'https://example.org/a\nBEGIN:VEVENT' }],
    ['host', { host: '' }],
    ['host', { host: 'example.org\r\nX' }],
    ['generatedAt', { generatedAt: new Date('not a date') }],
    ['generatedAt', { generatedAt: '2026-11-22T18:30:05Z' as unknown as Date }],
  ])('refuses a bad %s alone, naming only it', (name, bad) => {
    const message = errorOf(() => releasesToIcs(fixtureReleases, { ...options, ...bad }));
    expect(message).toContain(name);
    for (const other of ['pageUrl', 'host', 'generatedAt'].filter((option) => option !== name)) {
      expect(message).not.toContain(other);
    }
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('escapes a backslash before the escapes it adds, so none is doubled', () => {
    expect(escapeText('\\;')).toBe('\\\\\\;');
    expect(escapeText('\\n')).toBe('\\\\n');
  });

  it('leaves colons, quotes and non-ASCII alone', () => {
    expect(escapeText('Note: "café" 🔒')).toBe('Note: "café" 🔒');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of a continuation line', () => {
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('counts octets, not characters: é is two, 🔒 four', () => {
    // 37 × é = 74 octets; a 38th would make 76.
    expect(foldLine('é'.repeat(38)).split('\r\n')[0]).toBe('é'.repeat(37));
    // 18 × 🔒 = 72 octets; a 19th would make 76.
    expect(foldLine('🔒'.repeat(19)).split('\r\n')[0]).toBe('🔒'.repeat(18));
  });

  it('never splits a multi-byte character', () => {
    const line = `${'x'.repeat(74)}é${'🔒'.repeat(30)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines[0]).toBe('x'.repeat(74));
    for (const part of lines) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(isWholeUtf8(part)).toBe(true);
    }
    expect(lines.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
