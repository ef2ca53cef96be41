// The shapes of a search: what searchCatalog takes and answers. Types only, so client components
// (the live search island) can name them without pulling in the SQL or the database client.
import type { DatePrecision } from "@/lib/catalog/schema";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import type { SortKey } from "./params";

/** Text in runs, each a match or not: [{ text: "a ", marked: false }, { text: "tlb", marked: true }] */
export type Highlighted = { text: string; marked: boolean }[];

/**
 * A chapter listed under a hit: one holding any of the query's words, in time order, at most six (the
 * best of them when more match).
 */
export type ChapterHit = {
  startSeconds: number;
  title: Highlighted;
  /** The matching sub-points, when the chapter title itself did not match. */
  snippet: Highlighted | null;
  url: string;
};

export type SearchHit = {
  /** The show the episode belongs to. */
  show: ShowRef;
  slug: string;
  title: string;
  url: string;
  /** Higher is better, in result order: the tier (every word as typed, in the title, …) and bm25 within it. */
  score: number;
  snippet: Highlighted;
  /** Best topic first. */
  topics: TopicLink[];
  publishedAt: Date | null;
  /** How much of publishedAt is known; null exactly when it is. */
  publishedPrecision: DatePrecision | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  /** The audio file a feed gives (its enclosure), or null: with no video, chapters play from it. */
  audioUrl: string | null;
  chapters: ChapterHit[];
};

export type SearchRequest = {
  query: string;
  /** A topic slug. An unknown one matches nothing: the API answers it with a 400, the page ignores it. */
  topic?: string | null;
  /** A show slug; an unknown one matches nothing, as an unknown topic does. */
  show?: string | null;
  sort?: SortKey;
  /** At most SEARCH_MAX_LIMIT; SEARCH_PAGE_SIZE when left out. */
  limit?: number;
  page?: number;
};

/**
 * "all": every result has every word of the query. "any": no episode has all of them, and the results
 * are those with any of them (the page says so).
 */
export type SearchMatch = "all" | "any";

export type SearchResponse = {
  /** The query as understood (normalised), or the corrected one when `corrected` is set. */
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchHit[];
  match: SearchMatch;
  /**
   * The query spelt as the catalog spells it, set only when the query as typed found nothing and this
   * spelling finds results: the results are for it (`corrected`). Never offered beside results of the
   * query as typed.
   */
  suggestion?: string;
  /** True exactly when `suggestion` is set: the results are for it. */
  corrected?: boolean;
};

/** An episode suggested for an address that does not exist (lib/search/closest.ts). */
export type ClosestEpisode = { show: ShowRef; slug: string; title: string; url: string };

/** What GET /api/closest answers, and the 404 page shows: what is close to an address that does not exist. */
export type ClosestResult = {
  /** The address's words as one search ("postgres lokcs"); "" when it has none. */
  query: string;
  /** Best first, at most 5; empty when nothing is close. */
  episodes: ClosestEpisode[];
  /** The topics whose names are close (an unknown topic's address, say), best first, at most 2. */
  topics: TopicLink[];
};
