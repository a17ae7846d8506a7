/**
 * The theme's list of sidebar entries at one level, showing the same entries as the theme's
 * useVisibleSidebarItems, without walking a category that has a page of its own for the page
 * being read: such a category is shown before asking (hasListedPage, src/lib/sidebar/entries.ts).
 * A copy of the theme's component (3.10), checked by tests/themeCopies.test.ts.
 */
import {
  DocSidebarItemsExpandedStateProvider,
  isVisibleSidebarItem,
} from '@docusaurus/plugin-content-docs/client';
import { hasListedPage } from '@site/src/lib/sidebar/entries';
import DocSidebarItem from '@theme/DocSidebarItem';
import type { Props } from '@theme/DocSidebarItems';
import { memo, type ReactNode, useMemo } from 'react';

function DocSidebarItems({ items, ...props }: Props): ReactNode {
  const { activePath } = props;
  const shown = useMemo(
    () => items.filter((item) => hasListedPage(item) || isVisibleSidebarItem(item, activePath)),
    [items, activePath],
  );
  return (
    <DocSidebarItemsExpandedStateProvider>
      {shown.map((item, index) => (
        // The theme's keys: the entries at a level do not change order.
        <DocSidebarItem key={index} item={item} index={index} {...props} />
      ))}
    </DocSidebarItemsExpandedStateProvider>
  );
}

// Drawn again only when its entries or the page change, as the theme's.
export default memo(DocSidebarItems);
