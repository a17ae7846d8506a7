// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import SigningState from '.';

afterEach(cleanup);

describe('SigningState', () => {
  it('says the files are signed when the build is (the mock config: the fixture build)', () => {
    const { container } = render(<SigningState />);
    expect(container.querySelector('[data-signing]')?.getAttribute('data-signing')).toBe('signed');
  });

  it('says plainly that nothing is signed yet, and that the metadata lists no keys', () => {
    const { container } = render(<SigningState signed={false} />);
    expect(container.textContent).toBe(
      'The CSAF documents and security.txt published here are not signed yet, and the provider metadata lists no keys. Once they are signed:',
    );
  });
});
