// Query views as cacheable paths. A page that reads searchParams is rendered on every request; so the
// views a query selects (a search, a show's filtered or later list pages, a topic's later pages) live
// under a path segment no slug can be, "_view", followed by the view's canonical query as one segment:
// /search?q=tlb&page=2 is served by /search/_view/q%3Dtlb%26page%3D2, which Next renders once and
// keeps until the next import. The address bar keeps the query. Two ways in: the rewrites of
// next.config.ts (queryViewRewrites) for views whose values a rule can spell (filters, page numbers, a
// search in plain words), and proxy.ts for any other search (free text it has to encode). Pure.
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
 * URL's searchParams). A repeated key counts by its last value (lib/site/url-params.ts says why).
 * viewParams("q=tlb&page=2") -> { q: "tlb", page: "2" }
 */
export function viewParams(query: string | URLSearchParams): Record<string, RawValue> {
  const last = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(query)) last.set(key, value);
  // fromEntries defines own properties: "constructor" or "__proto__" are keys like any other.
  return Object.fromEntries(last);
}

/**
 * The params of a view from its [query] segment as the route receives it. Next hands the segment to a
 * page decoded ("q=tlb&page=2") in some renders and as the URL spells it ("q%3Dtlb%26page%3D2") in
 * others (the metadata and the page of one render can differ). A canonical query always has a raw "="
 * and its encoded form never has one, so that tells them apart; a malformed escape is junk, read as is.
 * segmentParams("q%3Dtlb") -> { q: "tlb" }; segmentParams("q=tlb") -> { q: "tlb" }
 */
export function segmentParams(segment: string): Record<string, RawValue> {
  if (segment.includes("=")) return viewParams(segment);
  try {
    return viewParams(decodeURIComponent(segment));
  } catch {
    return viewParams(segment);
  }
}

/** One query parameter of a view: its key and the values that select something (a regex source). */
export type ViewParam = { key: string; pattern: string };

type QueryCondition = { type: "query"; key: string; value: string };
export type ViewRewrite = {
  source: string;
  has: QueryCondition[];
  missing: QueryCondition[];
  destination: string;
};

/**
 * The rewrites that send `source?…` to its view: one per non-empty set of params given with a value
 * that selects something, the others absent or junk. The destination writes the params in the order
 * given, so each view has one path whatever the request's order, and junk or default values (page=1,
 * length=any, video=abc) are left out as the page's own parser would drop them.
 * queryViewRewrites("/topics/:slug", "/topics/:slug", [{ key: "page", pattern: "[2-9]" }])
 *   -> [{ source: "/topics/:slug", has: [page (?<page>[2-9])], missing: [], destination: "/topics/:slug/_view/page=:page" }]
 */
export function queryViewRewrites(
  source: string,
  destination: string,
  params: ViewParam[],
  /** Keys every rule needs (the others are optional). */
  required: string[] = [],
): ViewRewrite[] {
  const rules: ViewRewrite[] = [];
  for (let mask = (1 << params.length) - 1; mask > 0; mask -= 1) {
    const present = params.filter((_, index) => mask & (1 << index));
    const absent = params.filter((_, index) => !(mask & (1 << index)));
    if (absent.some(({ key }) => required.includes(key))) continue;
    rules.push({
      source,
      has: present.map(({ key, pattern }) => ({ type: "query", key, value: `(?<${key}>${pattern})` })),
      missing: absent.map(({ key, pattern }) => ({ type: "query", key, value: `(?:${pattern})` })),
      destination: `${destination}/${VIEW_SEGMENT}/${present.map(({ key }) => `${key}=:${key}`).join("&")}`,
    });
  }
  return rules;
}

/**
 * The view a pretty address is served by, for the client router (which does not see the server's
 * rewrites): viewHref("/shows/x?video=1&page=2#episodes") -> "/shows/x/_view/video%3D1%26page%3D2#episodes";
 * an address without a query is its own view. The query must be canonical (as listHref writes it).
 */
export function viewHref(href: string): string {
  const hashAt = href.indexOf("#");
  const hash = hashAt < 0 ? "" : href.slice(hashAt);
  const target = hashAt < 0 ? href : href.slice(0, hashAt);
  const query = queryOf(target);
  const path = query ? target.slice(0, target.indexOf("?")) : target;
  return (query ? viewPath(path, query) : path) + hash;
}
