/**
 * The theme code the site's copies follow (Docusaurus 3.10), read from node_modules: an upgrade
 * that changes it fails here, so that the copy is compared with the new code instead of quietly
 * drawing something else.
 * - src/theme/DocRoot: the page is the first of the docs instance's routes to match, drawn in the
 *   theme's providers and layout, with the sidebar its route names.
 * - src/theme/DocSidebarItems and src/lib/sidebar/entries.ts: which entries are active (isSamePath)
 *   and shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const module = (path: string): string => readFileSync(join('node_modules', path), 'utf8');

describe("the theme code the site's copies follow", () => {
  const docsUtils = module('@docusaurus/plugin-content-docs/lib/client/docsUtils.js');

  it("DocRoot: the first of the instance's routes to match, in the theme's providers", () => {
    const docRoot = module('@docusaurus/theme-classic/lib/theme/DocRoot/index.js');
    for (const part of [
      'const currentDocRouteMetadata = useDocRootMetadata(props);',
      'return <NotFoundContent />;',
      '<HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>',
      '<DocsSidebarProvider name={sidebarName} items={sidebarItems}>',
      '<DocRootLayout>{docElement}</DocRootLayout>',
    ])
      expect(docRoot).toContain(part);
    for (const rule of [
      'const docRoutes = route.routes;',
      'docRoutes.find((docRoute) => matchPath(location.pathname, docRoute))',
      'const sidebarName = currentDocRoute.sidebar;',
      'versionMetadata.docsSidebars[sidebarName]',
      'const docElement = renderRoutes(docRoutes);',
    ])
      expect(docsUtils).toContain(rule);
  });

  it('sidebar: an entry is active on its page or above it, and a category with a page is shown', () => {
    for (const rule of [
      "isActive = (testedPath, activePath) => typeof testedPath !== 'undefined' && isSamePath(testedPath, activePath)",
      "if (item.type === 'link') {\n        return isActive(item.href, activePath);",
      'return (isActive(item.href, activePath) ||\n            containsActiveSidebarItem(item.items, activePath));',
      "(typeof item.href !== 'undefined' && !item.linkUnlisted) ||",
      'return !item.unlisted || isActiveSidebarItem(item, activePath);',
    ])
      expect(docsUtils).toContain(rule);
    // isSamePath: case aside, with or without a final slash (samePathKey in entries.ts).
    expect(module('@docusaurus/theme-common/lib/utils/routesUtils.js')).toContain(
      "(!pathname || pathname.endsWith('/')\n        ? pathname\n        : `${pathname}/`)?.toLowerCase();\n    return normalize(path1) === normalize(path2);",
    );
    const items = module('@docusaurus/theme-classic/lib/theme/DocSidebarItems/index.js');
    for (const part of [
      'const visibleItems = useVisibleSidebarItems(items, props.activePath);',
      '<DocSidebarItemsExpandedStateProvider>',
      '<DocSidebarItem key={index} item={item} index={index} {...props} />',
      'export default memo(DocSidebarItems);',
    ])
      expect(items).toContain(part);
  });
});
