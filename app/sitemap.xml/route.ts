// GET /sitemap.xml: the sitemap index, naming one shard for the site's pages and one per slice of the
// episodes (lib/feeds/sitemap.ts). Counted from the catalog when rendered, not fixed at build: cached
// until the next import revalidates it, when the count may have changed.
import { countSitemapEpisodes } from "@/lib/db/sitemap";
import { withCatalog } from "@/lib/db/client";
import { siteUrl } from "@/lib/env";
import { SITEMAP_CONTENT_TYPE, sitemapIndexXml } from "@/lib/feeds/sitemap";

export const dynamic = "force-static";

export function GET() {
  return withCatalog(async () => {
    const xml = sitemapIndexXml(siteUrl, await countSitemapEpisodes());
    return new Response(xml, { headers: { "Content-Type": SITEMAP_CONTENT_TYPE } });
  });
}
