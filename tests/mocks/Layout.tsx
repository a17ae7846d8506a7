import type { ReactNode } from 'react';

/** Stand-in for @theme/Layout: just the children. */
export default function Layout({ children }: { readonly children?: ReactNode }): ReactNode {
  return <>{children}</>;
}
