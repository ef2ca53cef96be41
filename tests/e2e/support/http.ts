// What the e2e specs expect of HTTP caching, and a conditional request as a shared cache makes it.
import http from "node:http";

/**
 * Any shared cache may keep a page or an API answer for a few seconds, then serve it stale while it
 * asks again; browsers always ask again (lib/site/http-cache.ts).
 */
export const sharedCachePolicy = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

/**
 * GET with If-None-Match, as a CDN or nginx revalidates. Not fetch(): a fetch with If-None-Match also
 * sends "Cache-Control: no-cache" (the Fetch standard's rule for conditional requests), which asks the
 * origin for a full answer.
 */
export function conditionalGet(url: string, etag: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "If-None-Match": etag } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}
