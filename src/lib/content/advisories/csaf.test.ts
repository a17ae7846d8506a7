import { describe, expect, it } from 'vitest';

import { validateAdvisories } from './validate';
import { FIXTURE_ADDRESS, fixtureAdvisories } from '../../../../tests/fixtures/advisories';
import { lineAndMinors } from '../../../../tests/fixtures/releases';
import { csafFile, csafProblems } from './csaf';

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

describe('CSAF documents of advisories on a line beside its minor releases', () => {
  it('pass the validator, and tell each range’s users to update to a fix after it, never before', async () => {
    const checked = validateAdvisories(
      [
        {
          file: 'advisories/MILEX-2021-005.md',
          frontMatter: {
            id: 'MILEX-2021-005',
            title: 'Session fixation',
            published: '2021-04-01',
            severity: 'high',
            cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:N',
            affected: [
              { branch: '3.x', versions: '>=3.0.0 <=3.2.9' },
              { branch: '3.3', versions: '<3.3.2' },
            ],
            fixedIn: ['3.3.2'],
            summary: 'A session id set before login was kept after it.',
          },
        },
      ],
      lineAndMinors,
    );
    if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('\n'));
    const [advisory] = checked.value;
    if (advisory === undefined) throw new Error('no advisory');
    const { document } = csafFile(advisory, 'Text.', FIXTURE_ADDRESS);
    expect(await csafProblems(document)).toEqual([]);
    const [vulnerability] = (
      document as { vulnerabilities: { remediations: { category: string; details: string }[] }[] }
    ).vulnerabilities;
    expect(vulnerability?.remediations.map(({ category, details }) => [category, details])).toEqual([
      ['vendor_fix', 'No fix is published for Milex 3.0.0 to 3.2.9: update to Milex 3.3.2.'],
      ['vendor_fix', 'Update to Milex 3.3.2.'],
    ]);
  });
});
