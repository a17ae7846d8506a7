import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** The order a reader follows: what the team does, what to report, how, and what happens next. */
const sidebars: SidebarsConfig = {
  policy: [
    'overview',
    'scope',
    'supported-versions',
    'reporting',
    'handling',
    'announcements',
    'advisories',
    'disclosure',
    'team',
    'acknowledgements',
    'feeds-and-data',
    { type: 'doc', id: 'publishing-an-advisory', label: 'For the team: publishing an advisory' },
  ],
};

export default sidebars;
