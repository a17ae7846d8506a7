import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * The page address's query parameters, and a way to change them in place (no new history entry),
 * so that the address always shares what the page shows. Read only after hydration: the first
 * render matches the static HTML, which knows no query.
 */
export function useAddressParams(): {
  readonly params: URLSearchParams | undefined;
  readonly setParams: (changes: Readonly<Record<string, string | undefined>>) => void;
} {
  const isBrowser = useIsBrowser();
  return {
    params: isBrowser ? new URLSearchParams(window.location.search) : undefined,
    setParams: (changes) => {
      const address = new URL(window.location.href);
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined || value === '') address.searchParams.delete(name);
        else address.searchParams.set(name, value);
      }
      window.history.replaceState(window.history.state, '', address);
    },
  };
}
