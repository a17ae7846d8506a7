/**
 * Docusaurus puts its scripts in the head with `defer`: a phone downloads and runs about 140 KiB of
 * JavaScript before the page it has already received is shown as final. The policy is readable
 * without any of it, so the built pages load those scripts once the page has loaded and painted:
 * readers see the text at once, and the interactive parts (checker, filters, search, colour
 * switch) start a moment later. Pure text in, text out; the build applies it to every page.
 * Docusaurus internal: the shape of its script tags (e2e/site.test.ts and e2e/internals.test.ts).
 */

const DEFERRED_SCRIPT =
  /<script\b(?=[^>]*\sdefer\b)[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>"']+))[^>]*><\/script>/g;

/**
 * The page with its deferred scripts replaced by one inline loader at the end of the body, which
 * adds them in the same order (and keeps that order: `async = false`) after the `load` event.
 * A page without deferred scripts comes back unchanged, so applying it twice changes nothing more.
 */
export function loadScriptsAfterLoad(html: string): string {
  const sources = [...html.matchAll(DEFERRED_SCRIPT)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  );
  if (sources.length === 0) return html;
  if (!html.includes('</body>'))
    throw new Error('The page has no </body> to put the script loader before.');
  // JSON is valid JavaScript; escaping "<" keeps a source from closing the inline script.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  const loader =
    `<script>addEventListener("load",function(){setTimeout(function(){${list}.forEach(function(s){` +
    'var e=document.createElement("script");e.src=s;e.async=false;document.head.appendChild(e)})})})</script>';
  return html.replace(DEFERRED_SCRIPT, '').replace('</body>', `${loader}</body>`);
}
