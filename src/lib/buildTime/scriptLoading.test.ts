import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { loadScriptsAfterLoad } from './scriptLoading';

const page = [
  '<!doctype html><html><head>',
  '<script>document.documentElement.dataset.theme="light"</script>',
  '<script data-rh=true type=application/ld+json>{"@type":"BreadcrumbList"}</script>',
  '<script src=/base/assets/js/runtime~main.1.js defer></script>',
  '<script src="/base/assets/js/main.2.js" defer></script>',
  '</head><body><p>Text</p></body></html>',
].join('');

describe('loadScriptsAfterLoad', () => {
  it('takes the deferred scripts out of the head and loads them, in order, after the load event', () => {
    const html = loadScriptsAfterLoad(page);
    expect(html).not.toMatch(/<script[^>]*\bdefer\b/);
    expect(html).toContain(
      '<script>addEventListener("load",function(){setTimeout(function(){["/base/assets/js/runtime~main.1.js","/base/assets/js/main.2.js"].forEach(',
    );
    expect(html).toContain('e.async=false');
    expect(html.indexOf('<p>Text</p>')).toBeLessThan(html.indexOf('addEventListener("load"'));
    expect(html).toMatch(/<\/script><\/body><\/html>$/);
  });

  it('leaves inline scripts and data blocks where they are', () => {
    const html = loadScriptsAfterLoad(page);
    expect(html).toContain('<script>document.documentElement.dataset.theme="light"</script>');
    expect(html).toContain('<script data-rh=true type=application/ld+json>');
  });

  it('runs the loader it writes: every script added once, in order, with order kept', () => {
    const html = loadScriptsAfterLoad(page);
    const code = /<script>(addEventListener[^<]+)<\/script>/.exec(html)?.[1] ?? '';
    const listeners: (() => void)[] = [];
    const added: { src: string; async: boolean }[] = [];
    runInNewContext(code, {
      addEventListener: (event: string, listener: () => void) => {
        if (event === 'load') listeners.push(listener);
      },
      setTimeout: (callback: () => void) => {
        callback();
      },
      document: {
        createElement: () => ({ src: '', async: true }),
        head: { appendChild: (element: { src: string; async: boolean }) => added.push(element) },
      },
    });
    expect(added).toEqual([]);
    for (const listener of listeners) listener();
    expect(added).toEqual([
      { src: '/base/assets/js/runtime~main.1.js', async: false },
      { src: '/base/assets/js/main.2.js', async: false },
    ]);
  });

  it('changes nothing on a page without deferred scripts, so a second pass is harmless', () => {
    const once = loadScriptsAfterLoad(page);
    expect(loadScriptsAfterLoad(once)).toBe(once);
    expect(loadScriptsAfterLoad('<p>plain</p>')).toBe('<p>plain</p>');
  });

  it('keeps a source from closing the inline script', () => {
    const html = loadScriptsAfterLoad(
      '<head><script src="/a</script.js" defer></script></head><body></body>',
    );
    expect(html).toContain('["/a\\u003c/script.js"]');
  });
});
