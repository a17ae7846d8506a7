// The parts of @secvisogram/csaf-validator-lib (plain JavaScript, no types) this site uses.
declare module '@secvisogram/csaf-validator-lib/validate.js' {
  export interface CsafTestResult {
    readonly name: string;
    readonly isValid: boolean;
    readonly errors: readonly { readonly instancePath: string; readonly message: string }[];
  }
  export type CsafTest = (document: unknown) => unknown;
  export default function validate(
    tests: readonly CsafTest[],
    document: unknown,
  ): Promise<{ readonly isValid: boolean; readonly tests: readonly CsafTestResult[] }>;
}
declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js' {
  import type { CsafTest } from '@secvisogram/csaf-validator-lib/validate.js';
  const tests: Readonly<Record<string, CsafTest>>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  import type { CsafTest } from '@secvisogram/csaf-validator-lib/validate.js';
  export const csaf_2_0_strict: CsafTest;
}
