// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { BASE_URL, SITE_URL } from '../../../tests/mocks/useDocusaurusContext';
import SiteFileLink from '.';

afterEach(cleanup);

describe('SiteFileLink', () => {
  it('shows and links the file under the base URL the site was built with', () => {
    render(<SiteFileLink path="/releases.ics" />);
    const expected = `${SITE_URL}${BASE_URL}releases.ics`;
    expect(screen.getByRole('link', { name: expected }).getAttribute('href')).toBe(expected);
  });
});
