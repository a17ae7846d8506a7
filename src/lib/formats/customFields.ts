/**
 * What the pages read of the build's settings, in `customFields`, typed once: config/site.ts sets
 * them from its input. Plugins take the same values from that input, not from here.
 */
import type { ChannelView } from '../site/reportChannels';

export interface CustomFields {
  /** The UTC day the site is built for, `YYYY-MM-DD`: the static HTML shows statuses for it. */
  readonly buildDay: string;
  /**
   * Where to report, most preferred first (src/data/site.ts): what the pages' report links name.
   * The test build lists other channels.
   */
  readonly reportChannels: readonly ChannelView[];
  /** Whether the CSAF documents and security.txt are signed after the build (SIGNED_AFTER_BUILD). */
  readonly signed: boolean;
  /**
   * The site's repository (its address, and its branch as a URL path), when the build knows it
   * (REPOSITORY_URL and REPOSITORY_BRANCH, or GitHub Actions): the team's pages link it.
   */
  readonly repository?: { readonly url: string; readonly branch: string };
}

/** The custom fields of a site config, as the config wrote them. */
export const customFieldsOf = (siteConfig: { readonly customFields?: unknown }): CustomFields =>
  siteConfig.customFields as CustomFields;
