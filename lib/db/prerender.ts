// What `next build` prerenders: a fixed number of pages, whatever the catalog's size, so the build
// takes as long for 100,000 episodes as for 50. Every other page is rendered on its first request and
// cached until the next import (the routes keep dynamicParams on).
import "server-only";
import { db } from "./client";
import { episodeOrder, showOrder } from "./shapes";

/** Shows whose pages, feeds and covers are prerendered: the first in show order. */
export const PRERENDERED_SHOWS = 10;
/** Episode pages (and their chapters files and cards) prerendered: the newest across all shows. */
export const PRERENDERED_EPISODES = 20;

/** The shows prerendered at build, as route params. */
export async function listPrerenderedShows(): Promise<{ show: string }[]> {
  const rows = await db.show.findMany({
    select: { slug: true },
    orderBy: showOrder,
    take: PRERENDERED_SHOWS,
  });
  return rows.map((row) => ({ show: row.slug }));
}

/** The newest episodes across the shows, as route params; only those with chapters when asked. */
export async function listPrerenderedEpisodes(
  options: { withChapters?: boolean } = {},
): Promise<{ show: string; episode: string }[]> {
  const rows = await db.episode.findMany({
    select: { show: { select: { slug: true } }, slug: true },
    where: options.withChapters ? { chapterCount: { gt: 0 } } : {},
    orderBy: episodeOrder,
    take: PRERENDERED_EPISODES,
  });
  return rows.map((row) => ({ show: row.show.slug, episode: row.slug }));
}
