// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { BASE_URL, SITE_URL } from '../../../tests/mocks/useDocusaurusContext';
import BadgeUrls from '.';

afterEach(cleanup);

describe('BadgeUrls', () => {
  it('gives each release, newest first, its endpoint JSON and README Markdown', () => {
    const { container } = render(<BadgeUrls releases={fixtureReleases} />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Milex 2.x',
      'Milex 1.2',
      'Milex 1.1',
      'Milex 1.0',
    ]);
    const codes = [...container.querySelectorAll('code')].map((code) => code.textContent);
    const endpoint = `${SITE_URL}${BASE_URL}api/badges/1.0.json`;
    expect(codes).toContain(endpoint);
    expect(codes).toContain(
      `![Milex 1.0 support status](https://img.shields.io/endpoint?url=${encodeURIComponent(endpoint)})`,
    );
  });

  it('draws no badge image, which would load it from shields.io', () => {
    const { container } = render(<BadgeUrls releases={fixtureReleases} />);
    expect(container.querySelector('img')).toBeNull();
  });
});
