import { describe, expect, it } from 'vitest';

import { fixtureAdvisories } from '../../tests/fixtures/advisories';
import { csafProblems } from './csaf';

describe('csafProblems: the CSAF schema and the mandatory tests of section 6.1', () => {
  it('finds none in the document of any fixture advisory', async () => {
    const loaded = await fixtureAdvisories();
    expect(loaded.length).toBeGreaterThan(0);
    for (const { advisory, csaf } of loaded) {
      expect(csaf.path).toMatch(
        new RegExp(`^/\\.well-known/csaf/white/${advisory.published.slice(0, 4)}/[a-z0-9+-]+\\.json$`),
      );
      expect(await csafProblems(csaf.document)).toEqual([]);
    }
  });

  it('names what is wrong: a field the schema lacks, a product that is both affected and fixed', async () => {
    const [first] = await fixtureAdvisories();
    if (first === undefined) throw new Error('no fixture advisory');
    const document = structuredClone(first.csaf.document) as {
      document: { title?: string };
      vulnerabilities: { product_status: { known_affected: string[]; fixed: string[] } }[];
    };
    delete document.document.title;
    const status = document.vulnerabilities[0]?.product_status;
    if (status !== undefined) status.fixed = [...status.fixed, ...status.known_affected];
    const problems = await csafProblems(document);
    expect(problems).toContainEqual(expect.stringMatching(/^\/document .*title.*\(csaf_2_0_strict\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/^\/vulnerabilities\/0\/product_status.*\(mandatoryTest_6_1_6\)$/));
  });
});
