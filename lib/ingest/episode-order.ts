// The site's list order, computed at import time: the order of lib/db/shapes.ts `episodeOrder` (newest
// first where dates are known, undated last, then source order), and each episode's neighbours in it.
// Pure; store/rows.ts writes them. Must stay the same order as episodeOrder, which the site sorts by.

type Dated = { publishedAt: string | null };

/**
 * listOrder([{ publishedAt: "2024-01-01" }, { publishedAt: null }, { publishedAt: "2025-06-01" }])
 * -> [2, 0, 1]: catalog indexes (source order) in list order.
 */
export function listOrder(episodes: readonly Dated[]): number[] {
  return episodes
    .map((_, index) => index)
    .sort((a, b) => {
      const left = episodes[a]!.publishedAt;
      const right = episodes[b]!.publishedAt;
      if (left !== right) {
        if (left === null) return 1;
        if (right === null) return -1;
        // "YYYY-MM-DD" days: text order is date order.
        return left < right ? 1 : -1;
      }
      return a - b;
    });
}

export type Neighbours = { newer: number | null; older: number | null };

/**
 * showNeighbours(episodes) -> for each catalog index, the catalog indexes of the episodes just before
 * (newer) and just after (older) it in its show's list order; null at either end.
 */
export function showNeighbours(episodes: readonly (Dated & { show: string })[]): Neighbours[] {
  const neighbours: Neighbours[] = episodes.map(() => ({ newer: null, older: null }));
  const previousOfShow = new Map<string, number>();
  for (const index of listOrder(episodes)) {
    const show = episodes[index]!.show;
    const previous = previousOfShow.get(show);
    if (previous !== undefined) {
      neighbours[index]!.newer = previous;
      neighbours[previous]!.older = index;
    }
    previousOfShow.set(show, index);
  }
  return neighbours;
}
