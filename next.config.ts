import type { NextConfig } from "next";
import { catalogVersion } from "./lib/db/catalog-file";
import { catalogDbPath, nodeEnv, siteUrl } from "./lib/env";
import { CACHE_CONTROL } from "./lib/site/http-cache";
import { searchViewParams } from "./lib/site/search-views";
import { listParamKeys, listViewParams } from "./lib/site/list-params";
import { homePath, legacyEpisodesPath, searchPath, showsPath, topicsPath } from "./lib/site/routes";
import { topicViewParams } from "./lib/site/topic-params";
import { queryViewRewrites } from "./lib/site/views";

// Security headers for every response: pages, API, feeds, static files and 404s. They are static
// (no per-request nonce) so that catalog pages stay prerendered; README "Security and hardening" says why.
const youtubeEmbed = "https://www.youtube-nocookie.com";

/** The Content-Security-Policy, one directive per entry. */
export const contentSecurityPolicy: Record<string, string[]> = {
  "default-src": ["'self'"],
  // 'unsafe-inline': the theme script runs before paint and Next inlines each page's RSC payload in
  // <script> tags that differ per page; a static page cannot carry a nonce, and hashes would have to
  // be recomputed for every prerendered page. 'unsafe-eval' only for `next dev` (React's dev tooling).
  "script-src": [
    "'self'",
    "'unsafe-inline'",
    "https://www.youtube.com",
    ...(nodeEnv === "development" ? ["'unsafe-eval'"] : []),
  ],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "https://i.ytimg.com"],
  "font-src": ["'self'"],
  // Episode audio (RSS enclosures) is played by a native <audio> straight from the publisher's host.
  "media-src": ["'self'", "https:", "http:"],
  "frame-src": [youtubeEmbed],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/** Powerful features nobody here needs are off; the YouTube frame keeps what its player asks for. */
const permissionsPolicy: Record<string, string[]> = {
  camera: [],
  microphone: [],
  geolocation: [],
  payment: [],
  usb: [],
  serial: [],
  hid: [],
  midi: [],
  magnetometer: [],
  "display-capture": [],
  "browsing-topics": [],
  accelerometer: [`"${youtubeEmbed}"`],
  gyroscope: [`"${youtubeEmbed}"`],
  autoplay: ["self", `"${youtubeEmbed}"`],
  "encrypted-media": ["self", `"${youtubeEmbed}"`],
  "picture-in-picture": ["self", `"${youtubeEmbed}"`],
  fullscreen: ["self", `"${youtubeEmbed}"`],
  "clipboard-write": ["self", `"${youtubeEmbed}"`],
};

/** The headers sent with every response; HSTS only when the site is published over HTTPS. */
export function securityHeaders(origin: string = siteUrl): { key: string; value: string }[] {
  const headers = [
    {
      key: "Content-Security-Policy",
      value: Object.entries(contentSecurityPolicy)
        .map(([name, values]) => [name, ...values].join(" "))
        .join("; "),
    },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: Object.entries(permissionsPolicy)
        .map(([name, allow]) => `${name}=(${allow.join(" ")})`)
        .join(", "),
    },
    // For browsers without CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Browsers ignore HSTS over plain HTTP, and sending it from localhost would pin the developer's
  // browser to HTTPS for that host: only a site whose SITE_URL (at build time) is https sends it.
  if (new URL(origin).protocol === "https:") {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  typedRoutes: true,
  poweredByHeader: false,
  // The catalog the build prerenders from, written into the server bundle: a server started later over
  // another catalog (an import since the build) revalidates every page at once (instrumentation.ts).
  env: { CATALOG_BUILT_FROM: catalogVersion(catalogDbPath) ?? "" },
  // Pages rendered on their first request are cached in memory only, up to this size (least recently
  // used go first): a replica starts empty and can never serve a page of a catalog it no longer has,
  // and endless search URLs cannot fill the disk. Prerendered pages stay on disk as built.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      // Pages, feeds, sitemaps and images: shared caches may keep them (lib/site/http-cache.ts). The
      // JSON API sets the same policy itself; Next's own assets keep theirs.
      {
        source: "/((?!api/|_next/).*)",
        headers: [{ key: "Cache-Control", value: CACHE_CONTROL }],
      },
    ];
  },
  // A show's filtered and later pages, a topic's later pages and searches in plain words are views with
  // cacheable paths (lib/site/views.ts); other searches reach theirs through proxy.ts. The one-show
  // era's "/?video=1…" links go to /episodes, which answers 308 to the default show's page with the
  // same query (the default show is data).
  async rewrites() {
    return {
      beforeFiles: [
        ...queryViewRewrites(`${showsPath}/:show`, `${showsPath}/:show`, listViewParams),
        ...queryViewRewrites(`${topicsPath}/:slug`, `${topicsPath}/:slug`, topicViewParams),
        ...queryViewRewrites(searchPath, searchPath, searchViewParams, ["q"]),
        ...listParamKeys.map((key) => ({
          source: homePath,
          has: [{ type: "query" as const, key }],
          destination: legacyEpisodesPath,
        })),
      ],
    };
  },
};

export default nextConfig;
