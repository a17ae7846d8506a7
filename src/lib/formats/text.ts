/** Plain words shared by every view. */

/** "1 day", "66 days", "2 advisories". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${String(count)} ${count === 1 ? one : many}`;
