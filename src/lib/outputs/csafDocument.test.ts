import { describe, expect, it } from 'vitest';

import { FIXTURE_ADDRESS, fixtureAdvisories } from '../../../tests/fixtures/advisories';
import { type CsafOptions, csafDocument, csafFileName } from './csafDocument';
import { cvssV31Base } from '../content/advisories/cvss';
import type { Revision } from '../advisories/model';

describe('csafFileName (CSAF 2.0 section 5.1)', () => {
  it.each([
    ['cisco-SA-20190513-secureboot', 'cisco-sa-20190513-secureboot.json'],
    ['Example Company - 2019-YH3234', 'example_company_-_2019-yh3234.json'],
    ['RHBA-2019:0024', 'rhba-2019_0024.json'],
    ['2022_#01-A', '2022_01-a.json'],
    ['MILEX-2026-001', 'milex-2026-001.json'],
  ])('%s → %s', (id, name) => {
    expect(csafFileName(id)).toBe(name);
  });
});

interface Doc {
  document: {
    tracking: {
      id: string;
      version: string;
      initial_release_date: string;
      current_release_date: string;
      revision_history: { number: string; date: string; summary: string }[];
    };
    acknowledgments?: { names: string[] }[];
    notes: { category: string; text: string }[];
  };
  product_tree: unknown;
  vulnerabilities: {
    cve?: string;
    product_status: { known_affected: string[]; fixed: string[] };
    remediations: { category: string; product_ids: string[] }[];
    scores?: { cvss_v3: { vectorString: string; baseScore: number } }[];
  }[];
}

/** Every product id the product tree defines. */
function definedIds(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(definedIds);
  if (typeof node !== 'object' || node === null) return [];
  const { product, branches } = node as { product?: { product_id: string }; branches?: unknown };
  return [...(product === undefined ? [] : [product.product_id]), ...definedIds(branches)];
}

/** Where a test document says it and its advisory are published; `body` is the advisory's text. */
const optionsWith = (body: string): CsafOptions => ({
  publisher: { category: 'vendor', name: 'Milex security team', namespace: 'https://x.example' },
  vendor: 'Milex',
  product: 'Milex',
  documentUrl: `${FIXTURE_ADDRESS.url}/doc.json`,
  pageUrl: `${FIXTURE_ADDRESS.url}/page`,
  osvUrl: `${FIXTURE_ADDRESS.url}/osv.json`,
  body,
});

describe('csafDocument, for every fixture advisory', () => {
  const documents = fixtureAdvisories().then((loaded) =>
    loaded.map(({ advisory, body }) => ({
      advisory,
      body,
      doc: csafDocument(advisory, optionsWith(body)) as unknown as Doc,
    })),
  );

  it('tracks the advisory by its id and dates: one revision, two once updated', async () => {
    for (const { advisory, doc } of await documents) {
      const { tracking } = doc.document;
      expect(tracking.id).toBe(advisory.id);
      expect(tracking.initial_release_date).toBe(`${advisory.published}T00:00:00.000Z`);
      expect(tracking.current_release_date).toBe(
        `${advisory.updated ?? advisory.published}T00:00:00.000Z`,
      );
      expect(tracking.revision_history.map((r) => r.number)).toEqual(
        advisory.updated === undefined ? ['1'] : ['1', '2'],
      );
      expect(tracking.version).toBe(tracking.revision_history.at(-1)?.number);
    }
  });

  it('carries the summary and the text, and thanks each credited person', async () => {
    for (const { advisory, body, doc } of await documents) {
      expect(doc.document.notes).toEqual([
        expect.objectContaining({ category: 'summary', text: advisory.summary }),
        expect.objectContaining({ category: 'details', text: body }),
      ]);
      expect((doc.document.acknowledgments ?? []).flatMap((a) => a.names)).toEqual(
        (advisory.credits ?? []).map((credit) => credit.name),
      );
    }
  });

  it('has one vulnerability per CVE id (one without, when there is none)', async () => {
    for (const { advisory, doc } of await documents) {
      expect(doc.vulnerabilities.map((v) => v.cve)).toEqual(
        (advisory.cve ?? []).length > 0 ? advisory.cve : [undefined],
      );
    }
  });

  it('names every affected branch and fixed version as a product, each defined once', async () => {
    for (const { advisory, doc } of await documents) {
      const defined = definedIds(doc.product_tree);
      expect(new Set(defined).size).toBe(defined.length);
      expect(defined).toHaveLength(advisory.affected.length + advisory.fixedIn.length);
      for (const vulnerability of doc.vulnerabilities) {
        const { known_affected: affected, fixed } = vulnerability.product_status;
        expect(affected).toHaveLength(advisory.affected.length);
        expect(fixed).toHaveLength(advisory.fixedIn.length);
        expect([...affected, ...fixed].sort()).toEqual([...defined].sort());
        // One remediation per affected range, each naming a fixed version after it.
        expect(vulnerability.remediations.map((r) => r.product_ids)).toEqual(
          affected.map((id) => [id]),
        );
      }
    }
  });

  it('scores a CVSS v3.1 vector, and gives no score CSAF 2.0 cannot hold (v4.0)', async () => {
    for (const { advisory, doc } of await documents) {
      const base = advisory.cvss === undefined ? undefined : cvssV31Base(advisory.cvss);
      for (const vulnerability of doc.vulnerabilities) {
        expect(vulnerability.scores?.map((s) => s.cvss_v3)).toEqual(
          base === undefined
            ? undefined
            : [expect.objectContaining({ vectorString: advisory.cvss, baseScore: base.baseScore })],
        );
      }
    }
  });

  it('writes MILEX-2022-001 out as its file says', async () => {
    const found = (await documents).find(({ advisory }) => advisory.id === 'MILEX-2022-001');
    const doc = found?.doc as unknown as {
      document: Doc['document'] & { aggregate_severity: { text: string } };
      product_tree: { branches: { branches: { branches: { name: string }[] }[] }[] };
      vulnerabilities: Doc['vulnerabilities'];
    };
    expect(doc.document.aggregate_severity).toEqual({ text: 'High' });
    expect(doc.document.tracking).toMatchObject({
      version: '2',
      initial_release_date: '2022-09-20T00:00:00.000Z',
      current_release_date: '2022-09-22T00:00:00.000Z',
    });
    expect(doc.product_tree.branches[0]?.branches[0]?.branches.map((b) => b.name)).toEqual([
      'vers:semver/>=1.1.0|<1.1.9',
      'vers:semver/>=1.2.0|<1.2.3',
      '1.1.9',
      '1.2.3',
    ]);
    expect(doc.vulnerabilities.map((v) => v.cve)).toEqual(['CVE-2022-12345']);
    expect(doc.vulnerabilities[0]?.scores?.[0]?.cvss_v3).toEqual({
      version: '3.1',
      vectorString: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N',
      baseScore: 8.7,
      baseSeverity: 'HIGH',
    });
  });

  it('writes a range of one version as that version alone', async () => {
    const [first] = await documents;
    if (first === undefined) throw new Error('no fixture advisory');
    const advisory = {
      ...first.advisory,
      affected: [{ branch: '1.2', range: { introduced: '1.2.3', lastAffected: '1.2.3' } }],
    };
    const doc = csafDocument(advisory, optionsWith('Text.'));
    expect(JSON.stringify(doc.product_tree)).toContain('"name":"vers:semver/1.2.3"');
  });

  it('numbers each revision, the version being the last', async () => {
    const [first] = await documents;
    if (first === undefined) throw new Error('no fixture advisory');
    const revisions: Revision[] = [
      { date: '2022-09-22', summary: 'Added the workaround.' },
      { date: '2022-09-30', summary: 'Listed another CVE id.' },
    ];
    const doc = csafDocument(
      { ...first.advisory, published: '2022-09-20', updated: '2022-09-30', revisions },
      optionsWith('Text.'),
    ) as unknown as Doc;
    expect(doc.document.tracking).toMatchObject({
      version: '3',
      current_release_date: '2022-09-30T00:00:00.000Z',
      revision_history: [
        { number: '1', date: '2022-09-20T00:00:00.000Z', summary: 'Initial publication.' },
        { number: '2', date: '2022-09-22T00:00:00.000Z', summary: 'Added the workaround.' },
        { number: '3', date: '2022-09-30T00:00:00.000Z', summary: 'Listed another CVE id.' },
      ],
    });
  });
});
