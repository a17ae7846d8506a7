import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import { customFieldsOf } from '@site/src/lib/formats/customFields';
import type { ChannelView } from '@site/src/lib/site/reportChannels';

/** The report channels this build names, most preferred first (`customFields.reportChannels`). */
export function useReportChannels(): readonly ChannelView[] {
  return customFieldsOf(useDocusaurusContext().siteConfig).reportChannels;
}
