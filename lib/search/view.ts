// What the search views show, and the JSON of /api/search. The server page maps search hits into these
// views; the live search island maps the API's JSON into the same views, so one set of components
// renders both. Pure and safe in the client bundle: no SQL, no database client.
import type { DatePrecision } from "@/lib/catalog/schema";
import type { ShowRef, TopicLink } from "@/lib/db/shapes";
import { parseMarkedHtml, plainText, toMarkedHtml } from "./highlight";
import type { SearchState } from "./params";
import type { ChapterHit, Highlighted, SearchHit, SearchMatch, SearchResponse } from "./types";

export type ResultView = {
  show: ShowRef;
  slug: string;
  title: string;
  url: string;
  snippet: Highlighted;
  topics: TopicLink[];
  /** ISO 8601, or null when the date is unknown. */
  publishedAt: string | null;
  /** How much of publishedAt is known ("May 2025": "month"); null exactly when it is. */
  publishedPrecision: DatePrecision | null;
  /** What the episode plays from, as lib/site/playability reads it: the video first, else the audio. */
  youtubeId: string | null;
  audioUrl: string | null;
  chapters: ChapterHit[];
};

export type SearchOutcomeView =
  | { kind: "start" }
  | {
      kind: "results";
      /** The query as typed (normalised whitespace), before any correction. */
      typed: string;
      /** The query the results are for: the corrected one when `corrected`. */
      query: string;
      state: SearchState;
      topic: TopicLink | null;
      /** The show the results are narrowed to. */
      show: ShowRef | null;
      total: number;
      page: number;
      pageCount: number;
      results: ResultView[];
      /** "any" when no episode has every word and the results have any of them: the page says so. */
      match: SearchMatch;
      suggestion: string | null;
      corrected: boolean;
    };

/** One chapter in the API's JSON. `title` is plain text; `titleHtml` and `snippet` are escaped HTML with <mark>. */
export type SearchApiChapter = {
  startSeconds: number;
  title: string;
  titleHtml: string;
  snippet: string | null;
  url: string;
};

export type SearchApiResult = {
  /** The show the episode belongs to. */
  show: ShowRef;
  slug: string;
  title: string;
  /** Relative to the site's origin, like every `url` in the API. */
  url: string;
  score: number;
  snippet: string;
  topics: string[];
  publishedAt: string | null;
  /** "day", "month" or "year": how much of publishedAt is known; null exactly when it is. */
  publishedPrecision: DatePrecision | null;
  /** The YouTube video the chapters play in, or null. */
  youtubeId: string | null;
  /** The audio file from the show's feed, or null: chapters play from it when there is no video. */
  audioUrl: string | null;
  chapters: SearchApiChapter[];
};

export type SearchApiResponse = {
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchApiResult[];
  /** "any": no episode has every word; these have any of them. */
  match: SearchMatch;
  suggestion?: string;
  corrected?: true;
};

/** A search hit as the views show it (server side). */
export function toResultView(hit: SearchHit): ResultView {
  return {
    show: hit.show,
    slug: hit.slug,
    title: hit.title,
    url: hit.url,
    snippet: hit.snippet,
    topics: hit.topics,
    publishedAt: hit.publishedAt ? hit.publishedAt.toISOString() : null,
    publishedPrecision: hit.publishedPrecision,
    youtubeId: hit.youtubeId,
    audioUrl: hit.audioUrl,
    chapters: hit.chapters,
  };
}

type OutcomeContext = { typed: string; state: SearchState; topic: TopicLink | null; show: ShowRef | null };

export function toOutcomeView(
  response: Pick<
    SearchResponse,
    "query" | "total" | "page" | "pageCount" | "match" | "suggestion" | "corrected"
  >,
  results: ResultView[],
  { typed, state, topic, show }: OutcomeContext,
): SearchOutcomeView {
  return {
    kind: "results",
    typed,
    query: response.query,
    state,
    topic,
    show,
    total: response.total,
    page: response.page,
    pageCount: response.pageCount,
    results,
    match: response.match,
    suggestion: response.suggestion ?? null,
    corrected: response.corrected === true,
  };
}

/** A search response as GET /api/search answers it: highlights as escaped <mark> HTML, topics by slug. */
export function toSearchApiResponse(response: SearchResponse): SearchApiResponse {
  return {
    query: response.query,
    total: response.total,
    page: response.page,
    pageCount: response.pageCount,
    results: response.results.map((hit) => ({
      show: { slug: hit.show.slug, name: hit.show.name },
      slug: hit.slug,
      title: hit.title,
      url: hit.url,
      score: hit.score,
      snippet: toMarkedHtml(hit.snippet),
      topics: hit.topics.map((topic) => topic.slug),
      publishedAt: hit.publishedAt ? hit.publishedAt.toISOString() : null,
      publishedPrecision: hit.publishedPrecision,
      youtubeId: hit.youtubeId,
      audioUrl: hit.audioUrl,
      chapters: hit.chapters.map((chapter) => ({
        startSeconds: chapter.startSeconds,
        title: plainText(chapter.title),
        titleHtml: toMarkedHtml(chapter.title),
        snippet: chapter.snippet ? toMarkedHtml(chapter.snippet) : null,
        url: chapter.url,
      })),
    })),
    match: response.match,
    ...(response.suggestion ? { suggestion: response.suggestion } : {}),
    ...(response.corrected ? { corrected: true as const } : {}),
  };
}

/** An API result as the views show it (client side); topic names come from the page's topic list. */
export function fromApiResult(result: SearchApiResult, topicNames: ReadonlyMap<string, string>): ResultView {
  return {
    show: result.show,
    slug: result.slug,
    title: result.title,
    url: result.url,
    snippet: parseMarkedHtml(result.snippet),
    topics: result.topics.map((slug) => ({ slug, name: topicNames.get(slug) ?? slug })),
    publishedAt: result.publishedAt,
    publishedPrecision: result.publishedPrecision,
    youtubeId: result.youtubeId,
    audioUrl: result.audioUrl,
    chapters: result.chapters.map((chapter) => ({
      startSeconds: chapter.startSeconds,
      title: parseMarkedHtml(chapter.titleHtml),
      snippet: chapter.snippet === null ? null : parseMarkedHtml(chapter.snippet),
      url: chapter.url,
    })),
  };
}

/** "3 episodes", "1 episode" */
export function countEpisodes(total: number): string {
  return `${total} ${total === 1 ? "episode" : "episodes"}`;
}

/**
 * What the live region says when results arrive: "3 episodes for “tlb” in PostgreSQL from Network Stack
 * Radio"; when no episode has every word, "No episode has all of “redis kernel”: 12 episodes with some
 * of its words".
 */
export function describeOutcome(view: SearchOutcomeView): string {
  if (view.kind === "start") return "";
  const where = `${view.topic ? ` in ${view.topic.name}` : ""}${view.show ? ` from ${view.show.name}` : ""}`;
  const text =
    view.match === "any"
      ? `No episode has all of “${shownQuery(view)}”${where}: ${countEpisodes(view.total)} with some of its words`
      : `${countEpisodes(view.total)} for “${shownQuery(view)}”${where}`;
  return view.corrected ? `${text}. No results for “${view.typed}”.` : text;
}

/** The query a summary names: as typed, unless the results are for the corrected spelling. */
export function shownQuery(view: Extract<SearchOutcomeView, { kind: "results" }>): string {
  return view.corrected ? view.query : view.typed;
}
