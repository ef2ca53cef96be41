// URL state of search: the /search page's searchParams (junk falls back, never throws), the links back
// to it, and the limits the search and /api/search share (whose own parameters are parsed in
// lib/feeds/api-params.ts). Pure, shared by server and client (the search island runs it).
import { choiceParam, pageParam, slugParam, textParam, type RawValue } from "@/lib/site/url-params";
import { searchPath } from "@/lib/site/routes";
import { slugPattern, sortKeys } from "@/lib/site/search-views";

/** Results per page, on the page and by default in the API. */
export const SEARCH_PAGE_SIZE = 20;
/** Most results one request may ask for (a bigger API limit is capped to it). */
export const SEARCH_MAX_LIMIT = 50;
/** Longest query accepted; the search core only looks at the first 200 characters anyway. */
export const MAX_QUERY_CHARS = 1000;

export { PLAIN_QUERY_PATTERN, slugPattern, sortKeys } from "@/lib/site/search-views";
export type SortKey = (typeof sortKeys)[number];
export const sortLabels: Record<SortKey, string> = { relevance: "Best match", date: "Newest first" };

export const MAX_TOPIC_SLUG_CHARS = 64;
/** Show slugs come from show names or data file names, so they may run longer than topic slugs. */
export const MAX_SHOW_SLUG_CHARS = 200;

export type SearchState = {
  /** Trimmed, inner whitespace collapsed; "" when there is no query. */
  q: string;
  topic: string | null;
  /** A show slug: only that show's episodes. */
  show: string | null;
  sort: SortKey;
};

export type SearchPageParams = SearchState & { page: number };

/** normalizeQuery("  postgres \n locks ") -> "postgres locks" */
export function normalizeQuery(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** parseSearchPageParams({ q: " tlb ", sort: "date", page: "2" }) -> { q: "tlb", topic: null, show: null, sort: "date", page: 2 } */
export function parseSearchPageParams(searchParams: Record<string, RawValue>): SearchPageParams {
  return {
    q: normalizeQuery(textParam(searchParams.q) ?? "")
      .slice(0, MAX_QUERY_CHARS)
      .trim(),
    topic: slugParam(searchParams.topic, MAX_TOPIC_SLUG_CHARS, slugPattern),
    show: slugParam(searchParams.show, MAX_SHOW_SLUG_CHARS, slugPattern),
    sort: choiceParam(searchParams.sort, sortKeys),
    page: pageParam(searchParams.page),
  };
}

/**
 * The page's params with an unknown topic dropped: on the page it is junk like any other, so the
 * results and the URL are those of the unfiltered search. (The API answers it with a 400 instead.)
 * knownTopic({ q: "tlb", topic: "nope", … }, [{ slug: "http" }]) -> { q: "tlb", topic: null, … }
 */
export function knownTopic<T extends { topic: string | null }>(
  params: T,
  topics: readonly { slug: string }[],
): T {
  return params.topic && topics.some((topic) => topic.slug === params.topic)
    ? params
    : { ...params, topic: null };
}

/**
 * The page's params with an unknown show dropped, as knownTopic drops an unknown topic.
 * knownShow({ q: "tlb", show: "nope", … }, [{ slug: "the-backend-engineering-show" }]) -> { q: "tlb", show: null, … }
 */
export function knownShow<T extends { show: string | null }>(
  params: T,
  shows: readonly { slug: string }[],
): T {
  return params.show && shows.some((show) => show.slug === params.show) ? params : { ...params, show: null };
}

export type SearchHref = typeof searchPath | `${typeof searchPath}?${string}`;

/**
 * searchHref({ q: "tlb", topic: null, sort: "relevance" }, 2) -> "/search?q=tlb&page=2"
 * Defaults are left out, so every search has one URL.
 */
export function searchHref(state: Partial<SearchState>, page = 1): SearchHref {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  if (state.topic) query.set("topic", state.topic);
  if (state.show) query.set("show", state.show);
  if (state.sort && state.sort !== "relevance") query.set("sort", state.sort);
  if (page > 1) query.set("page", String(Math.floor(page)));
  const search = query.toString();
  return search ? `${searchPath}?${search}` : searchPath;
}

/** The API request the live search makes for a state (same page size as the page). */
export function apiSearchHref(state: SearchState, page = 1): `/api/search?${string}` {
  const href = searchHref(state, page);
  return `/api/search?${href.slice(`${searchPath}?`.length)}`;
}
