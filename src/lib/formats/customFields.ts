/**
 * What docusaurus.config.ts passes to the pages and plugins in `customFields`, typed once: the
 * config sets them from the checked build settings (build/settings.ts).
 */
import type { ChannelView } from '../site/reportChannels';

export interface CustomFields {
  /** The UTC day the site is built for, `YYYY-MM-DD`: the static HTML shows statuses for it. */
  readonly buildDay: string;
  /** How many days security.txt stays valid. */
  readonly securityTxtExpiresDays: number;
  /**
   * Where to report, most preferred first (src/data/site.ts): what the pages' report links and
   * security.txt name. A config of its own (the fixture build) may list other channels.
   */
  readonly reportChannels: readonly ChannelView[];
  /**
   * The site's repository (its address, and its branch as a URL path), when the build knows it
   * (REPOSITORY_URL and REPOSITORY_BRANCH, or GitHub Actions): the team's pages link it.
   */
  readonly repository?: { readonly url: string; readonly branch: string };
}

/** The custom fields of a site config, as the config wrote them. */
export const customFieldsOf = (siteConfig: { readonly customFields?: unknown }): CustomFields =>
  siteConfig.customFields as CustomFields;
