/**
 * Stands in for Docusaurus's prefetch helper (@docusaurus/core/lib/client/prefetch.js; see
 * index.ts). Docusaurus prefetches the code of every internal link as the link scrolls into view.
 * Its helper adds a `<link rel="prefetch">` per file at once, from the observer's callback, so a
 * page load ends with one long task that adds them all: 286 links for 23 files on the overview
 * page, as routes share most of their files. This one asks for each file once, and adds the links
 * when the browser is idle, a few at a time. Same contract: the promise settles when the file has
 * loaded or failed, and never rejects.
 */

/** Files waiting for idle time, in the order they were asked for. */
const waiting: (() => void)[] = [];
/** One promise per file, so a file shared by several pages is fetched once. */
const requested = new Map<string, Promise<void>>();
let flushScheduled = false;

/** Idle time to leave unused, in milliseconds; below it the rest waits for the next idle period. */
const SPARE_MS = 2;
/** An idle period is not guaranteed on a busy page; the queue moves on after this long anyway. */
const IDLE_TIMEOUT_MS = 2000;

type IdleCallback = (deadline: Pick<IdleDeadline, 'timeRemaining'>) => void;

function whenIdle(callback: IdleCallback): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    // Safari has no requestIdleCallback: one file per turn keeps each task short.
    setTimeout(() => {
      callback({ timeRemaining: () => 0 });
    }, 50);
  }
}

function supportsLinkPrefetch(): boolean {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

function fetchFile(url: string): Promise<void> {
  if (!supportsLinkPrefetch()) {
    return fetch(url, { credentials: 'same-origin' }).then(
      () => undefined,
      () => undefined,
    );
  }
  return new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => {
      resolve();
    };
    link.onerror = () => {
      resolve();
    };
    document.head.appendChild(link);
  });
}

function flush(deadline: Pick<IdleDeadline, 'timeRemaining'>): void {
  flushScheduled = false;
  do {
    waiting.shift()?.();
  } while (waiting.length > 0 && deadline.timeRemaining() > SPARE_MS);
  if (waiting.length > 0) scheduleFlush();
}

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  whenIdle(flush);
}

/** Fetches `url` into the browser's cache in idle time; asking again for a file returns the first answer. */
export default function prefetch(url: string): Promise<void> {
  let promise = requested.get(url);
  if (promise === undefined) {
    promise = new Promise<void>((resolve) => {
      waiting.push(() => {
        void fetchFile(url).then(resolve);
      });
    });
    requested.set(url, promise);
    scheduleFlush();
  }
  return promise;
}
