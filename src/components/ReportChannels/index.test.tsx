// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureChannelViews } from '../../../tests/fixtures/reportChannels';
import { pageNames, routes, site } from '../../lib/site';
import { channelView } from '../../lib/site/reportChannels';
import ReportChannels from '.';

afterEach(cleanup);

const platform = channelView({
  kind: 'platform',
  name: 'Bugs Inc.',
  url: 'https://bugs.example/milex',
  howToFile: 'Choose <b>Milex</b> from the list.',
  rules: { name: "Bugs Inc.'s rules", url: 'https://bugs.example/rules' },
});

describe('ReportChannels', () => {
  it('shows one channel without a heading: its button, its how-to text and its rules', () => {
    const { container } = render(<ReportChannels channels={[platform]} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('link', { name: 'Report on Bugs Inc.' }).getAttribute('href')).toBe(
      platform.url,
    );
    // Markup in the data is shown as text.
    expect(container.querySelector('[data-how-to-file]')?.textContent).toBe(platform.howToFile);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: "Bugs Inc.'s rules" }).getAttribute('href')).toBe(
      'https://bugs.example/rules',
    );
    expect(container.textContent).toContain(
      `Bugs Inc. is a vulnerability-disclosure platform that a third party runs, not the ${site.teamName}.`,
    );
    // Which rule wins when the platform's differ: the policy's, on the page that states it.
    expect(container.textContent).toContain(
      `Where they differ from the ${pageNames.disclosure}, follow the policy.`,
    );
    expect(screen.getByRole('link', { name: pageNames.disclosure }).getAttribute('href')).toBe(
      routes.disclosure,
    );
  });

  it('lists several in the order given, each under its name, the first as the main button', () => {
    const { container } = render(<ReportChannels />);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(
      fixtureChannelViews.map((channel) => channel.name),
    );
    const buttons = [...container.querySelectorAll('a[data-report-link]')];
    expect(buttons.map((button) => [button.textContent, button.getAttribute('href')])).toEqual(
      fixtureChannelViews.map((channel) => [channel.action, channel.url]),
    );
    expect(buttons.map((button) => button.classList.contains('button--primary'))).toEqual(
      fixtureChannelViews.map((_, index) => index === 0),
    );
    // Every key, each in its channel's section (the fixture has at least one).
    const keys = fixtureChannelViews.map(({ openpgpKey }) => openpgpKey);
    expect(keys.some((key) => key !== undefined)).toBe(true);
    expect(
      [...container.querySelectorAll('section')].map((section) => {
        const key = section.querySelector('[data-openpgp-key]');
        return key === null
          ? undefined
          : {
              fingerprint: key.querySelector('code')?.textContent,
              url: key.querySelector('a')?.getAttribute('href'),
            };
      }),
    ).toEqual(keys);
    // An e-mail address opens the mail program from the page itself, not in a new tab.
    expect(buttons.map((button) => button.getAttribute('target'))).toEqual(
      fixtureChannelViews.map((channel) => (channel.kind === 'email' ? '_self' : null)),
    );
  });
});
