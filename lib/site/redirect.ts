// The answer of an address that moved for good (the one-show era's /episodes/<slug> links): a 308 to
// the new path with the old query string, so `?t=120` still opens the page at 2:00. The browser keeps
// a `#t=` fragment across the redirect itself; the server never sees it. Pure (a web Response).

/**
 * movedPermanently("/shows/s/kernel-level-tls", "https://x.y/episodes/kernel-level-tls?t=120")
 *   -> 308, Location "/shows/s/kernel-level-tls?t=120"
 * The Location is a path (relative to the request's origin, whatever host the site is served under);
 * the body is that path as text, as Next's own redirects answer.
 */
export function movedPermanently(
  path: string,
  requestUrl: string,
  headers: Record<string, string> = {},
): Response {
  const query = new URL(requestUrl).search.slice(1);
  const location = query === "" ? path : `${path}${path.includes("?") ? "&" : "?"}${query}`;
  return new Response(location, {
    status: 308,
    headers: { ...headers, Location: location, "Content-Type": "text/plain; charset=utf-8" },
  });
}
