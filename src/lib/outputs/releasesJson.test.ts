import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { fifteenReleases, fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import type { AdvisoryExposure } from '../advisories/exposure';
import { RELEASES_JSON_SCHEMA_VERSION, releasesJson, type ReleasesJson } from './releasesJson';
import { releasesJsonSchema } from './releasesJsonSchema';
import type { Release } from '../releases/model';

const schemaUrl = 'https://example.org/security/api/releases.schema.json';
const pageUrl = 'https://example.org/security/supported-versions';
const generatedAt = new Date('2022-10-01T12:34:56.000Z');

const build = (
  releases: readonly Release[],
  today: string,
  advisories: readonly AdvisoryExposure[] = [],
): ReleasesJson => releasesJson(releases, { today, generatedAt, schemaUrl, pageUrl, advisories });

/** Two advisories on the 3.x table, newest first: one fixed in 3.3.2, one with no fix on 3.1. */
const threeAdvisories: readonly AdvisoryExposure[] = [
  {
    id: 'MILEX-2021-002',
    title: 'Unfixed on 3.1',
    severity: 'low',
    published: '2021-05-01',
    fixedIn: ['3.2.0'],
    affected: [{ branch: '3.1', range: { introduced: '3.1.0', lastAffected: '3.1.4' } }],
  },
  {
    id: 'MILEX-2021-001',
    title: 'Fixed in 3.3.2',
    severity: 'high',
    published: '2021-04-01',
    fixedIn: ['3.3.2'],
    affected: [{ branch: '3.x', range: { introduced: '3.0.0', fixed: '3.3.2' } }],
  },
];

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(releasesJsonSchema(schemaUrl));

/** Ajv's complaints about `document`, one line each; empty when it is valid. */
function schemaErrors(document: unknown): string[] {
  // A round trip through JSON checks what clients will read, not the in-memory object.
  const parsed: unknown = JSON.parse(JSON.stringify(document));
  if (validate(parsed)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

const release = (document: ReleasesJson, name: string): ReleasesJson['result'][number] => {
  const found = document.result.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`no release ${name}`);
  return found;
};

describe('releasesJson against its schema', () => {
  it.each([
    '2021-01-01', // every release planned
    '2021-06-01', // 1.0 in beta
    '2021-11-29', // 1.0's last day
    '2022-10-01', // 2.x planned, 1.2 active, 1.1 security only, 1.0 end of life
    '2023-07-01', // 2.x in beta
    '2030-01-01', // everything end of life
  ])('validates the fixture releases on %s', (today) => {
    expect(schemaErrors(build(fixtureReleases, today))).toEqual([]);
  });

  it.each(['2018-01-01', '2019-06-15', '2022-03-01', '2024-01-01'])(
    'validates fifteen releases on %s',
    (today) => {
      const document = build(fifteenReleases, today);
      expect(document.total).toBe(15);
      expect(schemaErrors(document)).toEqual([]);
    },
  );

  it('validates a day when no release is supported, and an empty list', () => {
    const none = build(fixtureReleases, '2030-01-01');
    expect(none.result.some((entry) => entry.isSupported)).toBe(false);
    expect(schemaErrors(none)).toEqual([]);
    const empty = build([], '2022-10-01');
    expect(empty.total).toBe(0);
    expect(schemaErrors(empty)).toEqual([]);
  });

  it('rejects a broken document, so the check can fail', () => {
    const good = build(fixtureReleases, '2022-10-01');
    const first = good.result[0];
    if (first === undefined) throw new Error('no releases');
    const withRelease = (changes: Record<string, unknown>): unknown => ({
      ...good,
      result: [{ ...first, ...changes }, ...good.result.slice(1)],
    });

    expect(schemaErrors({ ...good, extra: true })).toContain(
      ' must NOT have additional properties',
    );
    expect(schemaErrors(withRelease({ status: 'dead' }))).toContain(
      '/result/0/status must be equal to one of the allowed values',
    );
    expect(schemaErrors(withRelease({ releaseDate: '2023-02-30' }))).toContain(
      '/result/0/releaseDate must match format "date"',
    );
    expect(schemaErrors(withRelease({ eolFrom: '1 Sep 2025' }))).toContain(
      '/result/0/eolFrom must match format "date"',
    );
    expect(schemaErrors(withRelease({ daysOfSupportLeft: 0 }))).not.toEqual([]);
    expect(schemaErrors({ ...good, generatedAt: '2022-10-01' })).toContain(
      '/generatedAt must match format "date-time"',
    );
    const { note: _note, ...withoutNote } = first;
    expect(schemaErrors({ ...good, result: [withoutNote] })).toContain(
      "/result/0 must have required property 'note'",
    );
    expect(schemaErrors({ ...good, schemaVersion: '2.0.0' })).not.toEqual([]);
  });

  it('is a draft 2020-12 schema with the given $id, described field by field', () => {
    const schema = releasesJsonSchema(schemaUrl) as {
      $schema: string;
      $id: string;
      $defs: { release: { properties: Record<string, { description?: string }> } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(schemaUrl);
    const fields = Object.entries(schema.$defs.release.properties);
    expect(fields.filter(([, field]) => !field.description).map(([name]) => name)).toEqual([]);
    // Every field the serializer writes is described, and nothing else.
    expect(fields.map(([name]) => name).sort()).toEqual(
      Object.keys(build(fixtureReleases, '2022-10-01').result[0] ?? {}).sort(),
    );
  });
});

describe('releasesJson values', () => {
  it('describes the document and lists releases newest first', () => {
    const document = build(fixtureReleases, '2022-10-01');
    expect({ ...document, result: document.result.map((entry) => entry.name) }).toEqual({
      $schema: schemaUrl,
      schemaVersion: RELEASES_JSON_SCHEMA_VERSION,
      generatedAt: '2022-10-01T12:34:56.000Z',
      statusAsOf: '2022-10-01',
      product: 'milex',
      link: pageUrl,
      total: 4,
      result: ['2.x', '1.2', '1.1', '1.0'],
    });
    expect(document.result.map((entry) => entry.status)).toEqual([
      'planned',
      'active',
      'security',
      'eol',
    ]);
  });

  it('keeps 1.1 in active support on its last day, 2022-09-05', () => {
    expect(release(build(fixtureReleases, '2022-09-05'), '1.1')).toEqual({
      name: '1.1',
      label: 'Milex 1.1',
      status: 'active',
      statusLabel: 'Active support',
      betaReleaseDate: '2022-01-10',
      releaseDate: '2022-02-28',
      activeSupportUntil: '2022-09-05',
      securitySupportUntil: '2022-12-05',
      isEoas: false,
      eoasFrom: '2022-09-06',
      isEol: false,
      eolFrom: '2022-12-06',
      isSupported: true,
      isMaintained: true,
      daysOfSupportLeft: 92,
      note: null,
      line: null,
      statusFrom: '1.1',
      supportEndsWithNextMinor: false,
      advisories: [],
      unaffectedFrom: '1.1.0',
    });
  });

  it('moves 1.1 to security support only on 2022-09-06', () => {
    expect(release(build(fixtureReleases, '2022-09-06'), '1.1')).toMatchObject({
      status: 'security',
      statusLabel: 'Security support only',
      isEoas: true,
      isEol: false,
      isSupported: true,
      isMaintained: true,
      daysOfSupportLeft: 91,
    });
    expect(release(build(fixtureReleases, '2022-12-05'), '1.1').daysOfSupportLeft).toBe(1);
  });

  it('ends 1.0 on 2021-11-30, the day after its last day of support', () => {
    expect(release(build(fixtureReleases, '2021-11-29'), '1.0')).toMatchObject({
      status: 'active',
      isEoas: false,
      isEol: false,
      daysOfSupportLeft: 1,
    });
    expect(release(build(fixtureReleases, '2021-11-30'), '1.0')).toMatchObject({
      status: 'eol',
      statusLabel: 'End of life',
      isEoas: true,
      eoasFrom: '2021-11-30',
      isEol: true,
      eolFrom: '2021-11-30',
      isSupported: false,
      isMaintained: false,
      daysOfSupportLeft: null,
    });
  });

  it('gives a planned release no days left, and keeps its note and missing beta', () => {
    expect(release(build(fixtureReleases, '2022-10-01'), '2.x')).toMatchObject({
      status: 'planned',
      isEoas: false,
      isEol: false,
      isSupported: false,
      daysOfSupportLeft: null,
      note: 'The whole 2 line is supported as one branch.',
    });
    expect(release(build(fixtureReleases, '2022-10-01'), '1.2').betaReleaseDate).toBeNull();
  });

  it('gives the most recent minor of a listed line the line’s support, and says so', () => {
    const document = build(lineAndMinors, '2021-07-01', threeAdvisories);
    expect(schemaErrors(document)).toEqual([]);
    expect(document.result.map((entry) => [entry.name, entry.status, entry.statusFrom])).toEqual([
      ['3.x', 'security', '3.x'],
      ['3.3', 'security', '3.x'],
      ['3.2', 'eol', null],
      ['3.1', 'eol', null],
    ]);
    expect(release(document, '3.3')).toMatchObject({
      // The row's own dates, as the table gives them; the first days without support, by the rule.
      activeSupportUntil: '2021-03-31',
      securitySupportUntil: '2021-04-30',
      eoasFrom: '2021-06-16',
      eolFrom: '2021-12-16',
      isEoas: true,
      isEol: false,
      line: '3.x',
      supportEndsWithNextMinor: true,
      daysOfSupportLeft: 168,
    });
    expect(release(document, '3.x')).toMatchObject({ line: null, supportEndsWithNextMinor: false });
  });

  it('names the advisories that affect each branch, and the version from which none does', () => {
    const document = build(lineAndMinors, '2021-07-01', threeAdvisories);
    expect(
      document.result.map((entry) => [entry.name, entry.advisories, entry.unaffectedFrom]),
    ).toEqual([
      ['3.x', ['MILEX-2021-002', 'MILEX-2021-001'], '3.3.2'],
      ['3.3', ['MILEX-2021-001'], '3.3.2'],
      // Fixed only in 3.3: no version of 3.2 or 3.1 is free of it.
      ['3.2', ['MILEX-2021-001'], null],
      ['3.1', ['MILEX-2021-002', 'MILEX-2021-001'], null],
    ]);
    expect(schemaErrors(document)).toEqual([]);
  });

  it('gives an end-of-life branch no version to upgrade to, even one an advisory fixed', () => {
    const fixedOnOne: readonly AdvisoryExposure[] = [
      {
        id: 'MILEX-2021-001',
        title: 'Fixed in 1.0.4',
        severity: 'high',
        published: '2021-10-04',
        fixedIn: ['1.0.4'],
        affected: [{ branch: '1.0', range: { introduced: '1.0.0', fixed: '1.0.4' } }],
      },
    ];
    // While 1.0 is supported, 1.0.4 is the version to upgrade to; from its end of life, none is.
    const supported = build(fixtureReleases, '2021-11-29', fixedOnOne);
    expect(release(supported, '1.0')).toMatchObject({ isEol: false, unaffectedFrom: '1.0.4' });
    for (const found of [fixedOnOne, []]) {
      const ended = build(fixtureReleases, '2021-11-30', found);
      expect(release(ended, '1.0')).toMatchObject({
        isEol: true,
        advisories: found.map((advisory) => advisory.id),
        unaffectedFrom: null,
      });
      expect(schemaErrors(ended)).toEqual([]);
    }
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => build(fixtureReleases, '2022-10-1')).toThrow(/YYYY-MM-DD.*"2022-10-1"/);
  });
});
