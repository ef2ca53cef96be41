// Query views as cacheable paths. A page that reads searchParams is rendered on every request; so the
// views a query selects (a search, a show's filtered or later list pages, a topic's later pages) live
// under a path segment no slug can be, "_view", followed by the view's canonical query as one segment:
// /search?q=tlb&page=2 is served by /search/_view/q%3Dtlb%26page%3D2, which Next renders once and
// keeps until the next import. proxy.ts does the rewrite, so the address bar keeps the query. Pure.
import type { RawValue } from "./url-params";

/** The segment; app folders spell it "%5Fview" (a leading "_" would make the folder private). */
export const VIEW_SEGMENT = "_view";

/** viewPath("/search", "q=tlb&page=2") -> "/search/_view/q%3Dtlb%26page%3D2" */
export function viewPath(path: string, canonicalQuery: string): string {
  return `${path}/${VIEW_SEGMENT}/${encodeURIComponent(canonicalQuery)}`;
}

/** queryOf("/search?q=tlb&page=2") -> "q=tlb&page=2"; "" for a path without a query. */
export function queryOf(href: string): string {
  const start = href.indexOf("?");
  return start < 0 ? "" : href.slice(start + 1);
}

/**
 * The params record a page's parser reads, from a query (the view segment as Next decoded it, or a
 * URL's searchParams). A repeated key counts by its first value, as URLSearchParams.get does.
 * viewParams("q=tlb&page=2") -> { q: "tlb", page: "2" }
 */
export function viewParams(query: string | URLSearchParams): Record<string, RawValue> {
  const first = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(query)) if (!first.has(key)) first.set(key, value);
  // fromEntries defines own properties: "constructor" or "__proto__" are keys like any other.
  return Object.fromEntries(first);
}
