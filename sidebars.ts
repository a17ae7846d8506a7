import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * The order a reader follows: what the team does, what to report, how, and what happens next.
 * Each page's label is its title: one name per page. Pages for the team's own members go under
 * "For the team"; only they may show maintainer material (commands, build settings), and a browser
 * test checks that no other page does.
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
      label: 'For the team',
      collapsible: false,
      items: ['publishing-an-advisory'],
    },
  ],
};

export default sidebars;
