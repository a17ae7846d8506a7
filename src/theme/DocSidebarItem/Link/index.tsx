/**
 * The theme's sidebar link, with less markup for each entry (as DocSidebarItem/Category): no
 * stable class names by level, no <span> around the label, no `tabindex=0`. A link out of the site
 * is the theme's own, with its icon.
 * Docusaurus internal: an unsafe swizzle of a theme component (e2e/advisorySidebar.test.ts checks
 * the markup on the built pages).
 */
import { isActiveSidebarItem } from '@docusaurus/plugin-content-docs/client';
import isInternalUrl from '@docusaurus/isInternalUrl';
import Link from '@docusaurus/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import Original from '@theme-original/DocSidebarItem/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';

export default function DocSidebarItemLink(props: Props): ReactNode {
  const { item, onItemClick, activePath, level, index, tabIndex, ...rest } = props;
  if (!isInternalUrl(item.href)) return <Original {...props} />;
  const isActive = isActiveSidebarItem(item, activePath);
  return (
    <li className={clsx('menu__list-item', item.className)}>
      <Link
        className={clsx('menu__link', isActive && 'menu__link--active')}
        autoAddBaseUrl={item.autoAddBaseUrl}
        aria-current={isActive ? 'page' : undefined}
        to={item.href}
        onClick={
          onItemClick
            ? () => {
                onItemClick(item);
              }
            : undefined
        }
        tabIndex={tabIndex === 0 ? undefined : tabIndex}
        {...rest}
      >
        {item.label}
      </Link>
    </li>
  );
}
