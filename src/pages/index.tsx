import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import {
  checkerAnchor,
  checkerName,
  pageNames,
  routes,
  sectionNames,
  site,
} from '@site/src/lib/site';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import styles from './index.module.css';

type Page = keyof typeof routes;

interface Section {
  readonly title: string;
  /** Each page, linked under its one name, with what a visitor finds there. */
  readonly pages: readonly (readonly [Page, string])[];
}

const sections: readonly Section[] = [
  {
    // In the footer's order (config/site.ts), under the same names.
    title: sectionNames.foundAVulnerability,
    pages: [
      ['reporting', 'where to report it, and what to include'],
      ['scope', 'what the team handles directly'],
      ['handling', 'what happens after you report'],
      ['disclosure', 'when an issue becomes public'],
    ],
  },
  {
    title: sectionNames.runningMilex,
    pages: [
      ['supportedVersions', 'which releases receive security advisories, until when'],
      ['advisoryList', 'the advisories published so far'],
      ['advisories', 'what an advisory tells you, and what to do'],
      ['announcements', 'coming security releases, and how they are announced'],
      ['feedsAndData', 'get notified of advisories and releases; data for tools'],
    ],
  },
  {
    title: sectionNames.aboutTheTeam,
    pages: [
      ['overview', "the team's goals, and which page answers which question"],
      ['team', 'who can be a member, and what membership asks'],
      ['acknowledgements', 'the projects this policy draws on'],
    ],
  },
];

export default function Home(): ReactNode {
  return (
    <Layout description={site.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {site.title}
          </Heading>
          <p className={styles.lead}>
            The security policy of {site.project.name}, the open-source marketing-automation
            platform: how to report a vulnerability, which releases receive security advisories, and
            how vulnerabilities are disclosed.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={routes.reporting}>
              {pageNames.reporting}
            </Link>
            <Link
              className="button button--secondary button--lg"
              to={`${routes.supportedVersions}#${checkerAnchor}`}
            >
              {checkerName}
            </Link>
          </div>
          <p className={styles.direct}>
            Ready to report? Keep it confidential and report it through <ReportLink />.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {sections.map((section) => (
            <section key={section.title} className="col col--4 margin-bottom--lg">
              <Heading as="h2">{section.title}</Heading>
              <ul>
                {section.pages.map(([page, what]) => (
                  <li key={page}>
                    <Link to={routes[page]}>{pageNames[page]}</Link>: {what}
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
