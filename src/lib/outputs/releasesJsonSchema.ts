/**
 * JSON Schema (draft 2020-12) for the versions API written by releasesJson.ts. The descriptions
 * are the API's documentation: a client reads them next to the data, so they say what each field
 * means, not how we compute it.
 */
import { ADVISORY_ID } from '../advisories/model';
import { BRANCH_PATTERN, STATUS_LABELS, type Status } from '../releases/model';
import { RELEASES_JSON_SCHEMA_VERSION } from './releasesJson';

const STATUSES = Object.keys(STATUS_LABELS) as Status[];

const day = (description: string): object => ({ type: 'string', format: 'date', description });
const flag = (description: string): object => ({ type: 'boolean', description });
// oneOf rather than `type: [..., 'null']`: Ajv's strict mode rejects union types by default.
const orNull = (schema: object, description: string): object => ({
  description,
  oneOf: [schema, { type: 'null' }],
});

const release = {
  type: 'object',
  description: 'One release branch and where it stands on statusAsOf.',
  additionalProperties: false,
  required: [
    'name',
    'label',
    'status',
    'statusLabel',
    'betaReleaseDate',
    'releaseDate',
    'activeSupportUntil',
    'securitySupportUntil',
    'isEoas',
    'eoasFrom',
    'isEol',
    'eolFrom',
    'isSupported',
    'isMaintained',
    'daysOfSupportLeft',
    'note',
    'line',
    'statusFrom',
    'supportEndsWithNextMinor',
    'advisories',
    'unaffectedFrom',
  ],
  properties: {
    name: {
      type: 'string',
      pattern: BRANCH_PATTERN.source,
      description:
        'The release branch: a minor release such as "1.0", or a whole major line such as "4.x" that is supported as one branch.',
    },
    label: {
      type: 'string',
      pattern: '^Milex ',
      description: 'A name for people, e.g. "Milex 1.0".',
    },
    status: {
      enum: STATUSES,
      description:
        'Where the release stands on statusAsOf: "planned" (not yet in beta), "beta" (in beta, not yet released), "active" (in active support, and in security support), "security" (in security support only) or "eol" (end of life: security support has ended, and no more security advisories are made for it).',
    },
    statusLabel: {
      enum: STATUSES.map((status) => STATUS_LABELS[status]),
      description: 'The status in words, as the supported-versions page shows it.',
    },
    betaReleaseDate: orNull(
      { type: 'string', format: 'date' },
      'The day of the first beta, or null when the release had no beta.',
    ),
    releaseDate: day('The day of the first stable release.'),
    activeSupportUntil: day(
      "The last day (inclusive) of this branch's own active support, as the table gives it. For the most recent minor release of a line listed in the table, the line's support can go on after it: see eoasFrom.",
    ),
    securitySupportUntil: day(
      "The last day (inclusive) of this branch's own security support, in which it receives security advisories, as the table gives it. For the most recent minor release of a line listed in the table, the line's support can go on after it: see eolFrom.",
    ),
    isEoas: flag(
      'Whether active support has ended on statusAsOf (end of active support): true from eoasFrom on.',
    ),
    eoasFrom: day(
      "The first day without active support (endoflife.date calls this eoasFrom): the day after activeSupportUntil, or, while the branch is the most recent minor release of a line listed in the table, after the line's active support if that is later.",
    ),
    isEol: flag('Whether the release is end of life on statusAsOf: true from eolFrom on.'),
    eolFrom: day(
      "The first day without security support (endoflife.date calls this eolFrom): the day after securitySupportUntil, or, while the branch is the most recent minor release of a line listed in the table, after the line's security support if that is later. When supportEndsWithNextMinor is true, it is the latest such day.",
    ),
    isSupported: flag(
      'Whether the release is in security support on statusAsOf (status "active" or "security").',
    ),
    isMaintained: flag('The same as isSupported, under the name endoflife.date uses.'),
    daysOfSupportLeft: orNull(
      { type: 'integer', minimum: 1 },
      'Days of security support left, counting statusAsOf itself (1 on securitySupportUntil); null unless the release is supported.',
    ),
    note: orNull(
      { type: 'string', minLength: 1 },
      'A fact about this release only, such as what its support covers; null when there is none.',
    ),
    line: orNull(
      { type: 'string', pattern: BRANCH_PATTERN.source },
      'For a minor release, the line of the table ("4.x") whose support also covers it while it is the most recent minor release of that line; null when the table lists no such line, and for a line.',
    ),
    statusFrom: orNull(
      { type: 'string', pattern: BRANCH_PATTERN.source },
      'The row whose dates give the status on statusAsOf: this branch, or its line; null when the release is planned or end of life.',
    ),
    supportEndsWithNextMinor: flag(
      "Whether some of the support still to come is the line's and ends sooner if a newer minor release of the line comes out first: eoasFrom or eolFrom, whichever that support ends, is then the latest day. false once the release is end of life.",
    ),
    advisories: {
      type: 'array',
      items: { type: 'string', pattern: ADVISORY_ID.source },
      uniqueItems: true,
      description:
        'The ids of the published security advisories that affect some version of this branch, newest first. Advisories are made only for supported releases: an end-of-life branch is not covered by those published after eolFrom.',
    },
    unaffectedFrom: orNull(
      { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
      'The lowest version of this branch from which on no published advisory affects it: so run that version of the branch or a later one (its first version, "1.2.0", when none affects it). null when an advisory that affects the branch has no fix on it, and null for an end-of-life branch (isEol): advisories are no longer made for it, so no version of it is known to be free of the problems found since; upgrade to a supported release instead.',
    ),
  },
};

/** The JSON Schema document for the versions API, published at `schemaUrl`. */
export function releasesJsonSchema(schemaUrl: string): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Milex releases and their security support',
    description:
      'Every Milex release branch, newest first, with its support dates and its status on one day (statusAsOf). Dates are calendar days in UTC. Statuses are as of the day the file was built; recompute them from the dates for another day.',
    type: 'object',
    additionalProperties: false,
    required: [
      '$schema',
      'schemaVersion',
      'generatedAt',
      'statusAsOf',
      'product',
      'link',
      'total',
      'result',
    ],
    properties: {
      $schema: {
        type: 'string',
        format: 'uri',
        description: 'The URL of this schema.',
      },
      schemaVersion: {
        const: RELEASES_JSON_SCHEMA_VERSION,
        description:
          'The version of this document shape (semantic versioning): a new major version means a change that can break clients.',
      },
      generatedAt: {
        type: 'string',
        format: 'date-time',
        description: 'When the file was generated (UTC).',
      },
      statusAsOf: day(
        'The UTC day the statuses, flags and daysOfSupportLeft are computed for: the build day.',
      ),
      product: { const: 'milex', description: 'The product: always "milex".' },
      link: {
        type: 'string',
        format: 'uri',
        description: 'The supported-versions page, which shows the same data for people.',
      },
      total: {
        type: 'integer',
        minimum: 0,
        description: 'The number of releases in result.',
      },
      result: {
        type: 'array',
        description: 'Every release branch, newest first.',
        items: { $ref: '#/$defs/release' },
      },
    },
    $defs: { release },
  };
}
