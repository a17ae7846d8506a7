import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { MAX_EXPIRES_DAYS } from '../outputs/securityTxt';
import {
  addDays,
  daysBetween,
  EARLIEST_DAY,
  formatDate,
  isIsoDate,
  isPublishableDay,
  LATEST_DAY,
  toDayNumber,
  utcDayOf,
} from './dates';

describe('isIsoDate', () => {
  it.each(['2021-11-29', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['a day that does not exist', '2021-02-29'],
    ['a century that is not a leap year', '1900-02-29'],
    ['month 13', '2021-13-01'],
    ['day 0', '2021-11-00'],
    ['single-digit month and day', '2021-1-9'],
    ['day-first order', '29-11-2021'],
    ['slashes', '2021/11/29'],
    ['a time as well', '2021-11-29T00:00:00Z'],
    ['surrounding spaces', ' 2021-11-29'],
    ['an empty string', ''],
  ])('rejects %s', (_, value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([20211129, null, undefined, new Date('2021-11-29')])('rejects non-strings (%s)', (v) => {
    expect(isIsoDate(v)).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes day, short month and year', () => {
    expect(formatDate('2021-11-29')).toBe('29 Nov 2021');
    expect(formatDate('2021-05-17')).toBe('17 May 2021');
    expect(formatDate('2021-09-01')).toBe('1 Sep 2021');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => formatDate('2021-02-30')).toThrow(/2021-02-30/);
  });

  it('names every month in English short form', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2024-${String(i + 1).padStart(2, '0')}-15`),
    );
    expect(months.join(', ')).toBe(
      '15 Jan 2024, 15 Feb 2024, 15 Mar 2024, 15 Apr 2024, 15 May 2024, 15 Jun 2024, ' +
        '15 Jul 2024, 15 Aug 2024, 15 Sep 2024, 15 Oct 2024, 15 Nov 2024, 15 Dec 2024',
    );
  });

  describe.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('with TZ=%s', (zone) => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = original;
    });

    it('shows the stored day, not the local one', async () => {
      // A fresh copy of the module, loaded in this zone, as in a visitor's browser.
      vi.resetModules();
      const fresh = await import('./dates');
      // Prove the zone really changed, or this test would pass for the wrong reason.
      const offsets = {
        'America/Los_Angeles': [420, 480],
        'Pacific/Kiritimati': [-840],
        UTC: [0],
      };
      expect(offsets[zone as keyof typeof offsets]).toContain(
        new Date('2021-01-01T00:00:00Z').getTimezoneOffset(),
      );
      expect(fresh.formatDate('2021-11-29')).toBe('29 Nov 2021');
      expect(fresh.formatDate('2021-01-01')).toBe('1 Jan 2021');
      expect(fresh.formatDate('2021-12-31')).toBe('31 Dec 2021');
    });
  });
});

describe('the days the site publishes', () => {
  it('keeps four-digit years through the arithmetic every output does on them', () => {
    // The day before a start, the day after an end, security.txt's Expires after the build day.
    for (const day of [addDays(EARLIEST_DAY, -1), addDays(LATEST_DAY, MAX_EXPIRES_DAYS + 1)]) {
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(formatDate(day)).toMatch(/ \d{4}$/);
    }
    expect([isPublishableDay(EARLIEST_DAY), isPublishableDay(LATEST_DAY)]).toEqual([true, true]);
    expect(isPublishableDay('9999-12-31')).toBe(false);
    expect(isPublishableDay('1969-12-31')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts whole UTC days', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(daysBetween('2021-11-29', '2021-11-30')).toBe(1);
    expect(daysBetween('2021-11-30', '2021-11-29')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-01-01', '2022-01-01')).toBe(365);
  });

  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2021-11-29', 1)).toBe('2021-11-30');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2021-11-29', 0)).toBe('2021-11-29');
  });

  it('takes the UTC day of an instant', () => {
    expect(utcDayOf(new Date('2021-11-29T23:59:59.999Z'))).toBe('2021-11-29');
    expect(utcDayOf(new Date('2021-11-30T00:00:00Z'))).toBe('2021-11-30');
    // 29 Nov, 4 pm in Los Angeles is already 30 Nov in UTC.
    expect(utcDayOf(new Date('2021-11-29T16:00:00-08:00'))).toBe('2021-11-30');
  });
});
