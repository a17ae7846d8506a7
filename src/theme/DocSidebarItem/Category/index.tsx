/**
 * The theme's sidebar category, with less markup for each entry, since the advisory pages show up
 * to fifty entries (plugins/advisories/sidebar.ts, BENCHMARK.md): the theme's stable class names
 * (`theme-doc-sidebar-item-category-level-2` and the like, which no style of the site uses), its
 * label's <span> and `tabindex=0` on what takes focus anyway cost about 140 bytes an entry, and
 * the caret button about 120 more. The button opens and closes the category in place, which only
 * JavaScript can do, so it is rendered once the page has hydrated (useIsBrowser), not in the HTML:
 * without JavaScript the label is what there is to use, a link to the category's page. The rest is
 * the theme's: the same infima classes, the lazy list, the opening of the page's own categories.
 * Only a collapsible category with a page of its own takes this path; any other is the theme's.
 * Docusaurus internal: an unsafe swizzle of a theme component, a copy of its logic in 3.10
 * (e2e/advisorySidebar.test.ts checks the markup on the built pages).
 */
import {
  isVisibleSidebarItem,
  useDocSidebarItemsExpandedState,
} from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import { Collapsible, useCollapsible, usePrevious, useThemeConfig } from '@docusaurus/theme-common';
import { isSamePath } from '@docusaurus/theme-common/internal';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { hasListedPage, isActiveEntry } from '@site/src/lib/sidebar/entries';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebarItem/Category';
import Original from '@theme-original/DocSidebarItem/Category';
import clsx from 'clsx';
import { type MouseEvent, type ReactNode, useEffect } from 'react';

export default function DocSidebarItemCategory(props: Props): ReactNode {
  const { item, activePath } = props;
  if (item.href === undefined || !item.collapsible || item.linkUnlisted === true) {
    return <Original {...props} />;
  }
  // The theme's test (useVisibleSidebarItems), with what costs least first.
  const visible = item.items.some(
    (child) => hasListedPage(child) || isVisibleSidebarItem(child, activePath),
  );
  // A category whose entries are all hidden is the theme's: a link.
  if (!visible) return <Original {...props} />;
  return <LeanCategory {...props} href={item.href} />;
}

function LeanCategory({
  item,
  onItemClick,
  activePath,
  level,
  index,
  href,
  tabIndex,
  ...props
}: Props & { href: string }): ReactNode {
  const { items, label, className } = item;
  const {
    docs: {
      sidebar: { autoCollapseCategories },
    },
  } = useThemeConfig();
  const isBrowser = useIsBrowser();
  const isActive = isActiveEntry(item, activePath);
  const isCurrentPage = isSamePath(href, activePath);
  // Active categories start open; the others as the sidebar says.
  const { collapsed, setCollapsed } = useCollapsible({
    initialState: () => (isActive ? false : item.collapsed),
  });
  const { expandedItem, setExpandedItem } = useDocSidebarItemsExpandedState();
  const updateCollapsed = (toCollapsed = !collapsed): void => {
    setExpandedItem(toCollapsed ? null : index);
    setCollapsed(toCollapsed);
  };

  // A category that becomes active, or whose active page changes, opens (the theme's
  // useAutoExpandActiveCategory).
  const wasActive = usePrevious(isActive);
  const previousActivePath = usePrevious(activePath);
  useEffect(() => {
    const justBecameActive = isActive && wasActive !== true;
    const pathChanged = isActive && wasActive === true && activePath !== previousActivePath;
    if ((justBecameActive || pathChanged) && collapsed) {
      setExpandedItem(index);
      setCollapsed(false);
    }
  }, [
    isActive,
    wasActive,
    collapsed,
    activePath,
    previousActivePath,
    index,
    setExpandedItem,
    setCollapsed,
  ]);
  useEffect(() => {
    if (expandedItem != null && expandedItem !== index && autoCollapseCategories) {
      setCollapsed(true);
    }
  }, [expandedItem, index, setCollapsed, autoCollapseCategories]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onItemClick?.(item);
    // On the category's own page, the label closes it; elsewhere it opens it as it navigates.
    if (isCurrentPage) {
      event.preventDefault();
      updateCollapsed();
    } else {
      updateCollapsed(false);
    }
  };

  return (
    <li className={clsx('menu__list-item', collapsed && 'menu__list-item--collapsed', className)}>
      <div
        className={clsx(
          'menu__list-item-collapsible',
          isCurrentPage && 'menu__list-item-collapsible--active',
        )}
      >
        <Link
          className={clsx('menu__link menu__link--sublist', isActive && 'menu__link--active')}
          onClick={onClick}
          aria-current={isCurrentPage ? 'page' : undefined}
          href={href}
          // Links take focus anyway: only the theme's -1 (inside a closing category) is written.
          tabIndex={tabIndex === 0 ? undefined : tabIndex}
          {...props}
        >
          {label}
        </Link>
        {isBrowser && (
          <button
            aria-label={
              collapsed
                ? translate(
                    {
                      id: 'theme.DocSidebarItem.expandCategoryAriaLabel',
                      message: "Expand sidebar category '{label}'",
                      description: 'The ARIA label to expand the sidebar category',
                    },
                    { label },
                  )
                : translate(
                    {
                      id: 'theme.DocSidebarItem.collapseCategoryAriaLabel',
                      message: "Collapse sidebar category '{label}'",
                      description: 'The ARIA label to collapse the sidebar category',
                    },
                    { label },
                  )
            }
            aria-expanded={!collapsed}
            type="button"
            className="clean-btn menu__caret"
            onClick={(event) => {
              event.preventDefault();
              updateCollapsed();
            }}
          />
        )}
      </div>
      <Collapsible lazy as="ul" className="menu__list" collapsed={collapsed}>
        <DocSidebarItems
          items={items}
          tabIndex={collapsed ? -1 : 0}
          onItemClick={onItemClick}
          activePath={activePath}
          level={level + 1}
        />
      </Collapsible>
    </li>
  );
}
