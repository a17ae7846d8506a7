/**
 * What docusaurus.config.ts passes to the pages and plugins in `customFields`, typed once: the
 * config sets them from the checked build settings (build/settings.ts).
 */
export interface CustomFields {
  /** The UTC day the site is built for, `YYYY-MM-DD`: the static HTML shows statuses for it. */
  readonly buildDay: string;
  /** How many days security.txt stays valid. */
  readonly securityTxtExpiresDays: number;
}

/** The custom fields of a site config, as the config wrote them. */
export const customFieldsOf = (siteConfig: { readonly customFields?: unknown }): CustomFields =>
  siteConfig.customFields as CustomFields;
