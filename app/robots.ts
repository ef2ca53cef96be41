// /robots.txt: everything may be crawled but the JSON API and search result pages.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/search?"] },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
