/**
 * `npm run new-advisory` starts a security advisory: it writes advisories/MILEX-<year>-<next free
 * number>.md from the template, dated today (UTC), listing the release branches to choose from.
 * The build refuses the file until every placeholder is replaced.
 */
import { advisoryTemplate, newAdvisoryFile } from '../src/lib/content/advisories/template';
import { startItemFile } from './startItemFile';

startItemFile({
  command: 'new-advisory',
  dir: 'advisories',
  plan: newAdvisoryFile,
  text: advisoryTemplate,
  page: 'Publishing an advisory',
});
