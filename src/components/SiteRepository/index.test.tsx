// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import SiteRepository, { MaintainingLink } from '.';

afterEach(cleanup);

const repository = { url: 'https://git.example.org/milex/security-site', branch: 'release/1%2B2' };

describe('SiteRepository and MaintainingLink', () => {
  it('link the repository and its MAINTAINING.md on the branch the build is for', () => {
    const { container } = render(
      <p>
        <SiteRepository repository={repository} />; <MaintainingLink repository={repository} />
      </p>,
    );
    expect(container.textContent).toBe(
      "the site's repository, git.example.org/milex/security-site; MAINTAINING.md",
    );
    expect(
      screen
        .getByRole('link', { name: 'git.example.org/milex/security-site' })
        .getAttribute('href'),
    ).toBe(repository.url);
    expect(screen.getByRole('link', { name: 'MAINTAINING.md' }).getAttribute('href')).toBe(
      `${repository.url}/blob/release/1%2B2/MAINTAINING.md`,
    );
  });

  it('name them without a link when the build does not know the repository', () => {
    const { container } = render(
      <p>
        <SiteRepository repository={null} />; <MaintainingLink repository={null} />
      </p>,
    );
    expect(container.textContent).toBe("the site's repository; MAINTAINING.md");
    expect(container.querySelector('a')).toBeNull();
  });
});
