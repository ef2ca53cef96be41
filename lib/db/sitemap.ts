// What the sitemap's shards read (lib/feeds/sitemap.ts): how many episodes there are, one slice of them
// in catalog order, and the shows with their newest episode's date. Each shard reads only its slice.
import "server-only";
import { db } from "./client";
import { showOrder } from "./shapes";

/** How many episodes the catalog has: the sitemap index makes one shard per slice of them. */
export async function countSitemapEpisodes(): Promise<number> {
  return db.episode.count();
}

/**
 * Show, slug and date of `take` episodes from the `skip`th, in catalog order (Episode.position, unique
 * and indexed): listSitemapEpisodes({ skip: 10_000, take: 10_000 }) -> the second shard's episodes.
 */
export async function listSitemapEpisodes({
  skip,
  take,
}: {
  skip: number;
  take: number;
}): Promise<{ show: string; slug: string; publishedAt: Date | null }[]> {
  // The show slugs come from the short list of shows: a relation select would send the slice's show
  // ids back as one query parameter per episode.
  const [rows, shows] = await Promise.all([
    db.episode.findMany({
      select: { showId: true, slug: true, publishedAt: true },
      orderBy: { position: "asc" },
      skip,
      take,
    }),
    db.show.findMany({ select: { id: true, slug: true } }),
  ]);
  const slugs = new Map(shows.map((show) => [show.id, show.slug]));
  return rows.map(({ showId, ...row }) => {
    const show = slugs.get(showId);
    // The foreign key makes this impossible; a catalog that breaks it is not one to publish.
    if (show === undefined) throw new Error(`episode "${row.slug}" belongs to no show (showId ${showId})`);
    return { ...row, show };
  });
}

/** Every show, the default first, with its newest episode's date (null without dated episodes). */
export async function listSitemapShows(): Promise<{ slug: string; latest: Date | null }[]> {
  const [shows, newest] = await Promise.all([
    db.show.findMany({ select: { id: true, slug: true }, orderBy: showOrder }),
    db.episode.groupBy({ by: ["showId"], _max: { publishedAt: true } }),
  ]);
  const latest = new Map(newest.map((row) => [row.showId, row._max.publishedAt]));
  return shows.map((show) => ({ slug: show.slug, latest: latest.get(show.id) ?? null }));
}
