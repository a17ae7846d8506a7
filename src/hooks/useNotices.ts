import { usePluginData } from '@docusaurus/useGlobalData';

import type { Notice } from '@site/src/lib/notices/model';

/** The plugin whose global data holds the notices (plugins/notices, NOTICES_PLUGIN). */
const PLUGIN = 'milex-notices';

/** Every checked notice of this build, latest release day first; none when there is none. */
export function useNotices(): readonly Notice[] {
  return (usePluginData(PLUGIN) as readonly Notice[] | undefined) ?? [];
}
