import type { ReactNode } from 'react';

/** Stand-in for @theme/Heading. */
export default function Heading({
  as: Tag,
  children,
  className,
}: {
  readonly as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  readonly children?: ReactNode;
  readonly className?: string;
}): ReactNode {
  return <Tag className={className}>{children}</Tag>;
}
