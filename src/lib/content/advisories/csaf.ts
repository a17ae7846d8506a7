/**
 * The advisories as a CSAF 2.0 provider: where each document goes, and the check every document
 * passes before the build may go on, the one the BSI's Secvisogram editor runs (the CSAF schema
 * and the specification's mandatory tests, section 6.1).
 */
import type { CsafTest } from '@secvisogram/csaf-validator-lib/validate.js';

import { advisoryRoute, outputs, site } from '../../site';
import { csafDocument, csafFileName } from '../../outputs/csafDocument';
import type { Advisory } from '../../advisories/model';
import { absoluteUrl, type SiteAddress } from '../../formats/urls';

/** An advisory's CSAF document, and where it is published, relative to the site's base URL. */
export interface CsafFile {
  readonly path: string;
  readonly document: Record<string, unknown>;
}

/** The CSAF document of `advisory`, in the folder of the year it was first published. */
export function csafFile(advisory: Advisory, body: string, address: SiteAddress): CsafFile {
  const path = `${outputs.csafDocuments}${advisory.published.slice(0, 4)}/${csafFileName(advisory.id)}`;
  const { publisher, vendor, product } = site.csaf;
  return {
    path,
    document: csafDocument(advisory, {
      publisher,
      vendor,
      product,
      documentUrl: absoluteUrl(address, path),
      pageUrl: absoluteUrl(address, advisoryRoute(advisory.id)),
      osvUrl: absoluteUrl(address, `${outputs.osv}${advisory.id}.json`),
      body,
    }),
  };
}

/**
 * What keeps `document` from being a valid CSAF 2.0 document, one line each; empty when it is.
 * The validator is loaded on first use, by a build with advisories: it takes seconds to load
 * (it compiles the schemas), which a site without advisories, or a build stopped by a wrong
 * setting or data file, need not spend.
 */
export async function csafProblems(document: Record<string, unknown>): Promise<string[]> {
  const [{ default: validate }, mandatoryTests, { csaf_2_0_strict: schemaTest }] =
    await Promise.all([
      import('@secvisogram/csaf-validator-lib/validate.js'),
      import('@secvisogram/csaf-validator-lib/mandatoryTests.js'),
      import('@secvisogram/csaf-validator-lib/schemaTests.js'),
    ]);
  // The module's exports are the tests, one per section (its typings say no more).
  const tests = Object.values(mandatoryTests as Record<string, unknown>).filter(
    (test): test is CsafTest => typeof test === 'function',
  );
  const result = await validate([schemaTest, ...tests], document);
  return result.tests.flatMap(({ name, errors }) =>
    errors.map(({ instancePath, message }) => `${instancePath || '/'} ${message} (${name})`),
  );
}
