/**
 * What `npm run new-advisory` and `npm run new-notice` share: read the folder, plan the next file
 * from the names in it, and write the template there without overwriting anything, or stop with
 * one line saying what to do, never a stack trace, having written nothing.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { releases } from '../src/data/releases';
import { utcDayOf } from '../src/lib/formats/dates';
import { newestFirst } from '../src/lib/releases/model';

export interface ItemFile {
  /** `new-advisory`: the command, as the messages name it. */
  readonly command: string;
  /** `advisories`: the folder, and what it holds. */
  readonly dir: string;
  /** The file to write, from the names already in the folder, or why there is none. */
  readonly plan: (
    dir: string,
    names: readonly string[],
    year: number,
  ) => { readonly id: string; readonly name: string } | { readonly problem: string };
  /** The template's text for `id`, published `today`, with the release branches to choose from. */
  readonly text: (item: {
    readonly id: string;
    readonly today: string;
    readonly branches: readonly string[];
  }) => string;
  /** The page of the site that explains each field: "Publishing an advisory". */
  readonly page: string;
}

export function startItemFile({ command, dir, plan, text, page }: ItemFile): void {
  const fail = (message: string): never => {
    console.error(`npm run ${command}: ${message}`);
    process.exit(1);
  };
  let names: string[] = [];
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) {
      fail(
        `${dir} is a file, not a folder: ${dir} are files in a folder named ${dir}/. Move or rename that file, then run it again.`,
      );
    }
    names = readdirSync(dir);
  }
  const today = utcDayOf(new Date());
  const planned = plan(dir, names, Number(today.slice(0, 4)));
  if ('problem' in planned) return fail(planned.problem);
  const file = join(dir, planned.name);
  mkdirSync(dir, { recursive: true });
  // 'wx': never overwrite a file, even one written between the listing and now.
  writeFileSync(
    file,
    text({ id: planned.id, today, branches: newestFirst(releases).map((r) => r.branch) }),
    { flag: 'wx' },
  );
  console.log(`Wrote ${file}.
Replace every "FILL IN" in it (the page "${page}" explains each field), then
run npm start to preview it, or npm run build: the build names anything still missing.`);
}
