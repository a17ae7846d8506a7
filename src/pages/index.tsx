import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import { checkerAnchor, routes, site } from '@site/src/data/site';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import styles from './index.module.css';

interface Section {
  readonly title: string;
  readonly links: readonly { readonly to: string; readonly label: string }[];
}

const sections: readonly Section[] = [
  {
    title: 'Found a vulnerability?',
    links: [
      { to: routes.scope, label: 'What is in scope' },
      { to: routes.reporting, label: 'How to report it privately' },
      { to: routes.handling, label: 'What happens after you report' },
      { to: routes.disclosure, label: 'How disclosure works' },
    ],
  },
  {
    title: 'Running Milex?',
    links: [
      {
        to: routes.supportedVersions,
        label: 'Which releases get security fixes',
      },
      { to: routes.advisoryList, label: 'Published security advisories' },
      { to: routes.advisories, label: 'What a security advisory tells you' },
      {
        to: routes.announcements,
        label: 'How fixes are announced and released',
      },
      { to: routes.feedsAndData, label: 'Support dates as a calendar, a feed or JSON' },
    ],
  },
  {
    title: 'About the team',
    links: [
      { to: routes.overview, label: 'What the security team does' },
      { to: routes.team, label: 'The team, and how to join it' },
      { to: routes.acknowledgements, label: 'Acknowledgements' },
    ],
  },
];

export default function Home(): ReactNode {
  return (
    <Layout title="Security policy" description={site.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {site.title}
          </Heading>
          <p className={styles.lead}>
            The security policy of {site.project.name}, the open-source marketing-automation
            platform: how to report a vulnerability privately, which releases receive security
            fixes, and how fixes are disclosed.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={routes.reporting}>
              Report a vulnerability
            </Link>
            <Link
              className="button button--secondary button--lg"
              to={`${routes.supportedVersions}#${checkerAnchor}`}
            >
              Is my version supported?
            </Link>
          </div>
          <p className={styles.direct}>
            Ready to report? Send it privately through <ReportLink />. Never in a public issue,
            forum or chat.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {sections.map((section) => (
            <section key={section.title} className="col col--4 margin-bottom--lg">
              <Heading as="h2">{section.title}</Heading>
              <ul>
                {section.links.map((link) => (
                  <li key={link.to}>
                    <Link to={link.to}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
