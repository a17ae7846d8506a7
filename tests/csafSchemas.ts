/**
 * The official CSAF 2.0 schemas (tests/schemas/csaf-2.0/), compiled for the tests: the provider
 * metadata's schema, which refers to the CSAF document's schema, which refers to FIRST's CVSS
 * schemas. Each CVSS schema is registered under the address the CSAF schema refers to it by (its
 * own id carries a date), and read as the draft the CSAF schema is written in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const DIR = 'tests/schemas/csaf-2.0';
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

/** The provider metadata's schema, compiled; Ajv's strict mode refuses the official schemas. */
export function providerMetadataSchema(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const version of ['2.0', '3.0', '3.1']) {
    const {
      $schema: _draft,
      $id: _id,
      id: _oldId,
      ...schema
    } = read(`first/cvss-v${version}.json`);
    ajv.addSchema(schema, `https://www.first.org/cvss/cvss-v${version}.json`);
  }
  ajv.addSchema(read('csaf_json_schema.json'));
  return ajv.compile(read('provider_json_schema.json'));
}
