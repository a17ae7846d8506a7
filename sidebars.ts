import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

import { sectionNames } from './src/lib/site';

/**
 * The order a reader follows: what the team does, what to report, how, and what happens next.
 * Each page's label is its title: one name per page. Pages for the team's own members go under
 * "For team members" (sectionNames); only they may show maintainer material (commands, build
 * settings), and a browser test checks that no other page does.
 */
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
    {
      type: 'category',
      label: sectionNames.forTeamMembers,
      collapsible: false,
      // A page of its own, so that the label is a link like every other entry (a label that is not
      // a link is an <a> without href, which search engines and Lighthouse count against the site).
      link: { type: 'doc', id: 'for-team-members' },
      items: [
        'adding-a-release',
        'changing-the-report-channels',
        'adding-a-team-member',
        'publishing-an-advisory',
        'announcing-a-security-release',
      ],
    },
  ],
};

export default sidebars;
