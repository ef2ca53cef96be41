// /robots.txt: everything may be crawled but the JSON API and search result pages.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { searchPath } from "@/lib/site/routes";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", `${searchPath}?`] },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
