/**
 * Replaces the theme's code block. The policy pages show only short plain-text examples (a
 * template, an error message), so the theme's syntax highlighter is dead weight: Prism went into
 * every page's JavaScript, and its output (inline styles, <div> inside <code>) is not valid HTML.
 * This keeps what readers use: the text, a title, and a button that copies it.
 * Docusaurus internal: a theme component, not a documented API (e2e/internals.test.ts checks it).
 */
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Props } from '@theme/CodeBlock';
import { type ReactNode, useState } from 'react';

import styles from './styles.module.css';

/** The text of a block: MDX hands it over as a string ending in a newline. */
function textOf(children: ReactNode): string {
  if (typeof children === 'string') return children.replace(/\n$/, '');
  if (Array.isArray(children)) return children.map(textOf).join('');
  return typeof children === 'number' ? String(children) : '';
}

export default function CodeBlock({
  children,
  className,
  metastring,
  title: titleProp,
}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const [copyState, setCopyState] = useState<'copied' | 'failed'>();
  // A fence's title comes as ```yaml title="advisories/MILEX-2026-001.md".
  const title = titleProp ?? /\btitle=(["'])(.*?)\1/.exec(metastring ?? '')?.[2];
  const text = textOf(children);
  const language = /\blanguage-(\S+)/.exec(className ?? '')?.[1];
  const label =
    typeof title === 'string' ? title : `Example${language === undefined ? '' : ` (${language})`}`;

  return (
    <div className={styles.block} data-language={language}>
      {title !== undefined && <div className={styles.title}>{title}</div>}
      {/* Focusable, so a block wider than the screen can be scrolled with the keyboard. */}
      <pre className={styles.pre} role="region" aria-label={label} tabIndex={0}>
        <code>{text}</code>
      </pre>
      {isBrowser && (
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              navigator.clipboard.writeText(text).then(
                () => {
                  setCopyState('copied');
                },
                () => {
                  setCopyState('failed');
                },
              );
            }}
          >
            Copy
          </button>
          <span role="status" className={styles.copied}>
            {copyState === 'copied' && 'Copied.'}
            {copyState === 'failed' && 'Copying failed: select the text and copy it instead.'}
          </span>
        </div>
      )}
    </div>
  );
}
