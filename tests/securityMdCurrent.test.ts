/** The committed SECURITY.md must be what `npm run security-md` writes from today's data. */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SECURITY_MD_PATH, securityMdFromData } from '../scripts/securityMdFromData';

describe('SECURITY.md', () => {
  it('is up to date with src/data/ (if not, run `npm run security-md` and commit the result)', () => {
    expect(readFileSync(SECURITY_MD_PATH, 'utf8')).toBe(securityMdFromData());
  });
});
