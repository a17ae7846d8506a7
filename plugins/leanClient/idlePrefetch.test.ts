// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type IdleCallback = (deadline: { timeRemaining: () => number }) => void;

/** A fresh copy of the module: it keeps its queue and its record of fetched files between calls. */
async function freshPrefetch(): Promise<(url: string) => Promise<void>> {
  vi.resetModules();
  return (await import('./idlePrefetch')).default;
}

const prefetchLinks = (): string[] =>
  [...document.head.querySelectorAll('link[rel="prefetch"]')].map(
    (link) => link.getAttribute('href') ?? '',
  );

describe('idle prefetch', () => {
  let idle: IdleCallback[];
  let idleTime: number;

  /** Runs the pending idle callbacks, each with `idleTime` milliseconds to spare. */
  function runIdle(): void {
    const pending = idle.splice(0);
    for (const callback of pending) callback({ timeRemaining: () => idleTime });
  }

  beforeEach(() => {
    idle = [];
    idleTime = 50;
    document.head.innerHTML = '';
    vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => idle.push(callback));
    // jsdom knows no link relations; a browser that supports rel="prefetch" says so here.
    vi.spyOn(DOMTokenList.prototype, 'supports').mockImplementation(
      (token: string) => token === 'prefetch',
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('adds nothing until the browser is idle, then a prefetch link per file', async () => {
    const prefetch = await freshPrefetch();
    void prefetch('/assets/js/a.js');
    void prefetch('/assets/js/b.js');
    expect(prefetchLinks()).toEqual([]);
    runIdle();
    expect(prefetchLinks()).toEqual(['/assets/js/a.js', '/assets/js/b.js']);
  });

  it('fetches a file once, however often it is asked for', async () => {
    const prefetch = await freshPrefetch();
    const first = prefetch('/assets/js/shared.js');
    const again = prefetch('/assets/js/shared.js');
    expect(again).toBe(first);
    runIdle();
    void prefetch('/assets/js/shared.js');
    runIdle();
    expect(prefetchLinks()).toEqual(['/assets/js/shared.js']);
  });

  it('settles when the file has loaded, and also when it failed', async () => {
    const prefetch = await freshPrefetch();
    const loaded = prefetch('/assets/js/ok.js');
    const failed = prefetch('/assets/js/missing.js');
    runIdle();
    const [ok, missing] = document.head.querySelectorAll('link');
    ok?.dispatchEvent(new Event('load'));
    missing?.dispatchEvent(new Event('error'));
    await expect(loaded).resolves.toBeUndefined();
    await expect(failed).resolves.toBeUndefined();
  });

  it('adds one link per idle period when the browser has no time to spare', async () => {
    idleTime = 0;
    const prefetch = await freshPrefetch();
    for (const name of ['a', 'b', 'c']) void prefetch(`/assets/js/${name}.js`);
    runIdle();
    expect(prefetchLinks()).toEqual(['/assets/js/a.js']);
    runIdle();
    expect(prefetchLinks()).toEqual(['/assets/js/a.js', '/assets/js/b.js']);
    runIdle();
    expect(prefetchLinks()).toHaveLength(3);
    expect(idle).toEqual([]);
  });

  it('fetches with fetch() where link prefetch is not supported', async () => {
    vi.spyOn(DOMTokenList.prototype, 'supports').mockReturnValue(false);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.reject(new Error('offline'));
    });
    const prefetch = await freshPrefetch();
    const done = prefetch('/assets/js/a.js');
    runIdle();
    await expect(done).resolves.toBeUndefined();
    expect(fetched).toEqual(['/assets/js/a.js']);
    expect(prefetchLinks()).toEqual([]);
  });

  it('falls back to short timers where there is no requestIdleCallback', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      const prefetch = await freshPrefetch();
      void prefetch('/assets/js/a.js');
      void prefetch('/assets/js/b.js');
      expect(prefetchLinks()).toEqual([]);
      vi.advanceTimersByTime(50);
      expect(prefetchLinks()).toEqual(['/assets/js/a.js']);
      vi.advanceTimersByTime(50);
      expect(prefetchLinks()).toEqual(['/assets/js/a.js', '/assets/js/b.js']);
    } finally {
      vi.useRealTimers();
    }
  });
});
