/**
 * `npm run new-advisory` starts a security advisory: it writes advisories/MILEX-<year>-<next free
 * number>.md from the template, dated today (UTC), listing the release branches to choose from.
 * The build refuses the file until every placeholder is replaced.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { releases } from '../src/data/releases';
import { advisoryTemplate, newAdvisoryFile } from '../src/lib/advisories/template';
import { utcDayOf } from '../src/lib/formats/dates';
import { newestFirst } from '../src/lib/releases/model';

const DIR = 'advisories';

/** Stops with a message for the maintainer, not a stack trace. */
function fail(message: string): never {
  console.error(`npm run new-advisory: ${message}`);
  process.exit(1);
}

/** The names in DIR; none when it does not exist yet. */
function namesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) {
    fail(
      `${dir} is a file, not a folder: advisories are files in a folder named ${dir}/. Move or rename that file, then run it again.`,
    );
  }
  return readdirSync(dir);
}

const today = utcDayOf(new Date());
const planned = newAdvisoryFile(DIR, namesIn(DIR), Number(today.slice(0, 4)));
if ('problem' in planned) fail(planned.problem);
const { id } = planned;
const file = join(DIR, planned.name);

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
