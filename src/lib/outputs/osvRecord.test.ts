import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';

import type { LoadedAdvisory } from '../content/advisories/load';
import { fixtureAdvisories } from '../../../tests/fixtures/advisories';
import { releases } from '../../../tests/fixtures/siteReleases';
import { validateAdvisories } from '../content/advisories/validate';
import { osvRecord, type OsvRecord } from './osvRecord';

// The official OSV schema, 1.7.5 (tests/schemas/README.md).
const schema = JSON.parse(readFileSync('tests/schemas/osv-schema-1.7.5.json', 'utf8')) as Record<
  string,
  unknown
>;
// Ajv's strict mode rejects the official schema itself (it writes `required` and `items` in if/then
// branches without repeating the types), so strictness is left to the schema's own rules.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const options = {
  ecosystem: 'Packagist',
  packageName: 'milex/core',
  idPrefix: 'x_',
};

let loaded: LoadedAdvisory[];
const records = new Map<string, OsvRecord>();

beforeAll(async () => {
  loaded = await fixtureAdvisories();
  for (const { advisory, body } of loaded) {
    records.set(
      advisory.id,
      osvRecord(advisory, {
        ...options,
        body,
        pageUrl: `https://example.org/security/advisories/${advisory.id}`,
      }),
    );
  }
});

function record(id: string): OsvRecord {
  const found = records.get(id);
  if (found === undefined) throw new Error(`no record for ${id}`);
  return found;
}

describe('osvRecord', () => {
  it('is valid against the official OSV schema for every fixture advisory', () => {
    expect(records.size).toBe(5);
    for (const [id, osv] of records) {
      const valid = validate(osv);
      expect(validate.errors ?? [], id).toEqual([]);
      expect(valid, id).toBe(true);
    }
  });

  it.each([
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C/CR:H/MAV:A/MC:L',
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/MSI:S/U:Clear',
  ])('keeps a vector the validation accepts valid for OSV: %s', (cvss) => {
    const advisory = loaded[0]?.advisory;
    if (advisory === undefined) throw new Error('no fixture');
    // The advisory written back as front matter: its ranges are worked out, not written.
    const affected = advisory.affected.map(({ branch, versions }) => ({ branch, versions }));
    expect(
      validateAdvisories([{ file: 'a.md', frontMatter: { ...advisory, affected, cvss } }], releases)
        .ok,
    ).toBe(true);
    const osv = osvRecord(
      { ...advisory, cvss },
      { ...options, body: 'Text.', pageUrl: 'https://example.org/a' },
    );
    expect(validate(osv), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema check can fail: an id without a registered prefix is refused', () => {
    expect(validate({ ...record('MILEX-2022-001'), id: 'MILEX-2022-001' })).toBe(false);
  });

  it('carries the ids, dates, CVE aliases, summary, details and references', () => {
    const osv = record('MILEX-2022-001');
    expect(osv).toMatchObject({
      schema_version: '1.7.5',
      id: 'x_MILEX-2022-001',
      published: '2022-09-20T00:00:00Z',
      modified: '2022-09-22T00:00:00Z',
      aliases: ['CVE-2022-12345'],
      summary: 'Stored cross-site scripting in form names',
      database_specific: { severity: 'high', milex_id: 'MILEX-2022-001' },
      references: [
        { type: 'ADVISORY', url: 'https://example.org/security/advisories/MILEX-2022-001' },
        { type: 'WEB', url: 'https://www.cve.org/CVERecord?id=CVE-2022-12345' },
      ],
    });
    expect(osv.details).toMatch(/^A user allowed to edit forms .*\n\n## Impact\n/s);
  });

  it('gives one range per affected branch, with the fixed or last affected version', () => {
    expect(record('MILEX-2022-001').affected).toEqual([
      {
        package: { ecosystem: 'Packagist', name: 'milex/core' },
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '1.1.0' }, { fixed: '1.1.9' }],
            database_specific: { branch: '1.1' },
          },
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '1.2.0' }, { fixed: '1.2.3' }],
            database_specific: { branch: '1.2' },
          },
        ],
      },
    ]);
    expect(record('MILEX-2021-001').affected[0]?.ranges[0]?.events).toEqual([
      { introduced: '1.0.0' },
      { last_affected: '1.0.9' },
    ]);
  });

  it('names the CVSS version, and leaves severity out when there is no vector', () => {
    expect(record('MILEX-2022-001').severity).toEqual([
      { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N' },
    ]);
    expect(record('MILEX-2022-002').severity?.[0]?.type).toBe('CVSS_V4');
    expect(record('MILEX-2022-003').severity).toBeUndefined();
  });

  it('credits people, with a contact only when given', () => {
    expect(record('MILEX-2022-001').credits).toEqual([
      { name: 'Ada Lovelace' },
      { name: 'Grace Hopper', contact: ['https://example.org/grace'] },
    ]);
    expect(record('MILEX-2022-002').credits).toBeUndefined();
  });
});
