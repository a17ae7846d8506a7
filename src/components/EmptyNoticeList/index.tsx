import type { ReactNode } from 'react';

/** What Announcements and releases says where a list of notices has none. */
export default function EmptyNoticeList({
  which,
}: {
  readonly which: 'coming' | 'past';
}): ReactNode {
  return (
    <p data-notice-list={which}>
      {which === 'coming'
        ? 'No security release is announced at the moment.'
        : 'No past security release has had a notice yet.'}
    </p>
  );
}
