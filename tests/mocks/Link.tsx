import type { AnchorHTMLAttributes, ReactNode } from 'react';

/** Stand-in for @docusaurus/Link: a plain anchor, `to` or `href` as its address. */
export default function Link({
  to,
  href,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {
  readonly to?: string;
}): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
