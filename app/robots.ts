// /robots.txt: everything may be crawled but the JSON API and search result pages. The sitemap is the
// index of the shards (app/sitemap.xml).
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { sitemapIndexPath } from "@/lib/feeds/sitemap";
import { searchPath } from "@/lib/site/routes";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", `${searchPath}?`] },
    sitemap: `${siteUrl}${sitemapIndexPath}`,
  };
}
