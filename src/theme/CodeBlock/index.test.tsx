// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import CodeBlock from '.';

afterEach(cleanup);

describe('CodeBlock', () => {
  it('shows the text as it is, with no highlighting markup, in a focusable block', () => {
    const { container } = render(
      <CodeBlock className="language-yaml">{'id: MILEX-2026-001\nseverity: high\n'}</CodeBlock>,
    );
    const pre = container.querySelector('pre');
    expect(pre?.textContent).toBe('id: MILEX-2026-001\nseverity: high');
    expect(pre?.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('pre span, pre div, [style]')).toHaveLength(0);
  });

  it('takes a title from the fence', () => {
    render(
      <CodeBlock className="language-yaml" metastring='title="advisories/MILEX-2026-001.md"'>
        {'id: MILEX-2026-001\n'}
      </CodeBlock>,
    );
    expect(screen.getByText('advisories/MILEX-2026-001.md')).toBeDefined();
    expect(screen.getByRole('region', { name: 'advisories/MILEX-2026-001.md' })).toBeDefined();
  });

  it('says when the browser refuses to copy', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CodeBlock>{'text\n'}</CodeBlock>);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Copying failed: select the text and copy it instead.',
    );
  });

  it('copies the whole text and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CodeBlock title="advisories/MILEX-2026-001.md">{'---\nid: x\n---\n'}</CodeBlock>);
    expect(screen.getByText('advisories/MILEX-2026-001.md')).toBeDefined();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith('---\nid: x\n---');
    expect(screen.getByRole('status').textContent).toBe('Copied.');
  });
});
