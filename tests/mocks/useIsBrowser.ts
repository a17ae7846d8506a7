/** Stand-in for @docusaurus/useIsBrowser: tests render in jsdom, a browser. */
export default function useIsBrowser(): boolean {
  return true;
}
