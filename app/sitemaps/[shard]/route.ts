// GET /sitemaps/<n>.xml: one shard of the sitemap (lib/feeds/sitemap.ts): 0 is the site's pages, 1, 2, …
// slices of the episodes. None is built ahead: each renders on its first request and stays cached until
// the next import revalidates it. A shard past the catalog's last, or any other name, is a 404.
import { countSitemapEpisodes, listSitemapEpisodes, listSitemapShows } from "@/lib/db/sitemap";
import { listTopicSlugs } from "@/lib/db/topics";
import { withCatalog } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import {
  buildUrlset,
  episodeEntries,
  pageEntries,
  parseShardFile,
  SITEMAP_CONTENT_TYPE,
  sitemapShard,
  type SitemapEntry,
} from "@/lib/feeds/sitemap";

export const dynamic = "force-static";

export async function generateStaticParams(): Promise<{ shard: string }[]> {
  return [];
}

export function GET(_request: Request, context: { params: Promise<{ shard: string }> }) {
  return withCatalog(async () => {
    const number = parseShardFile((await context.params).shard);
    const shard = number === null ? null : sitemapShard(number, await countSitemapEpisodes());
    if (!shard) return new Response("Not Found", { status: 404 });
    let entries: SitemapEntry[];
    if (shard.kind === "pages") {
      const [shows, topics] = await Promise.all([listSitemapShows(), listTopicSlugs()]);
      entries = pageEntries(siteUrl, { shows, topics });
    } else {
      entries = episodeEntries(siteUrl, await listSitemapEpisodes(shard));
    }
    return new Response(buildUrlset(entries), { headers: { "Content-Type": SITEMAP_CONTENT_TYPE } });
  });
}
