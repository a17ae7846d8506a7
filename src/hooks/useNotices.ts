import { usePluginData } from '@docusaurus/useGlobalData';

import type { NoticesData } from '@site/plugins/notices';
import type { Notice } from '@site/src/lib/notices/model';

/** The plugin whose global data holds the notices (plugins/notices, NOTICES_PLUGIN). */
const PLUGIN = 'milex-notices';

const NONE: NoticesData = { notices: [], advisoryTitles: {} };

function useNoticesData(): NoticesData {
  return (usePluginData(PLUGIN) as NoticesData | undefined) ?? NONE;
}

/** Every checked notice of this build, latest release day first; none when there is none. */
export function useNotices(): readonly Notice[] {
  return useNoticesData().notices;
}

/** The title of advisory `id`, brought by a released notice: the name of the page a link opens. */
export function useAdvisoryTitle(): (id: string) => string {
  const { advisoryTitles } = useNoticesData();
  return (id) => advisoryTitles[id] ?? id;
}
