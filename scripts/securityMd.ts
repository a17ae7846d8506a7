/**
 * `npm run security-md` writes SECURITY.md from src/data/; `npm run security-md -- --check`
 * only says whether the committed file is current.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { SECURITY_MD_PATH, securityMdFromData } from './securityMdFromData';

const wanted = securityMdFromData();
const current = existsSync(SECURITY_MD_PATH) ? readFileSync(SECURITY_MD_PATH, 'utf8') : undefined;

if (process.argv.includes('--check')) {
  if (current === wanted) {
    console.log(`${SECURITY_MD_PATH} is up to date with src/data/.`);
  } else {
    console.error(`${SECURITY_MD_PATH} is out of date with src/data/. Run: npm run security-md`);
    process.exitCode = 1;
  }
} else if (current === wanted) {
  console.log(`${SECURITY_MD_PATH} is already up to date.`);
} else {
  writeFileSync(SECURITY_MD_PATH, wanted);
  console.log(`Wrote ${SECURITY_MD_PATH}.`);
}
