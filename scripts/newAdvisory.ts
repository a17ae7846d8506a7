/**
 * `npm run new-advisory` starts a security advisory: it writes advisories/MILEX-<year>-<next free
 * number>.md from the template, dated today (UTC), listing the release branches to choose from.
 * The build refuses the file until every placeholder is replaced.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { isAdvisoryFile } from '../plugins/advisories/load';
import { releases } from '../src/data/releases';
import { advisoryTemplate, nextAdvisoryId } from '../src/lib/advisories/template';
import { utcDayOf } from '../src/lib/formats/dates';
import { newestFirst } from '../src/lib/releases/model';

const DIR = 'advisories';

const today = utcDayOf(new Date());
const existing = existsSync(DIR)
  ? readdirSync(DIR)
      .filter(isAdvisoryFile)
      .map((name) => name.replace(/\.md$/, ''))
  : [];
const id = nextAdvisoryId(existing, Number(today.slice(0, 4)));
const file = join(DIR, `${id}.md`);

mkdirSync(DIR, { recursive: true });
// 'wx': never overwrite a file, even one written between the listing and now.
writeFileSync(
  file,
  advisoryTemplate({ id, today, branches: newestFirst(releases).map((r) => r.branch) }),
  { flag: 'wx' },
);
console.log(`Wrote ${file}.
Replace every "FILL IN" in it (the page "Publishing an advisory" explains each field), then
run npm start to preview it, or npm run build: the build names anything still missing.`);
