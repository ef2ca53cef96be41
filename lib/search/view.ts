// What the search views show, and the JSON of /api/search. The server page maps search hits into these
// views; the live search island maps the API's JSON into the same views, so one set of components
// renders both. Pure: type-only imports from the search core, safe in the client bundle.
import type { Highlighted, SearchHit, SearchResponse } from "@/lib/search/search";
import type { SearchState } from "@/lib/search/params";

export type TopicRef = { slug: string; name: string };

export type ChapterView = {
  startSeconds: number;
  title: Highlighted;
  /** The matching sub-points, when the chapter title itself did not match. */
  snippet: Highlighted | null;
  url: string;
};

export type ResultView = {
  slug: string;
  title: string;
  url: string;
  snippet: Highlighted;
  topics: TopicRef[];
  /** ISO 8601, or null when the date is unknown. */
  publishedAt: string | null;
  chapters: ChapterView[];
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
      topic: TopicRef | null;
      total: number;
      page: number;
      pageCount: number;
      results: ResultView[];
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
  slug: string;
  title: string;
  /** Relative to the site's origin, like every `url` in the API. */
  url: string;
  score: number;
  snippet: string;
  topics: string[];
  publishedAt: string | null;
  chapters: SearchApiChapter[];
};

export type SearchApiResponse = {
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchApiResult[];
  suggestion?: string;
  corrected?: true;
};

export function plainText(value: Highlighted): string {
  return value.map((part) => part.text).join("");
}

/** A search hit as the views show it (server side). */
export function toResultView(hit: SearchHit): ResultView {
  return {
    slug: hit.slug,
    title: hit.title,
    url: hit.url,
    snippet: hit.snippet,
    topics: hit.topics,
    publishedAt: hit.publishedAt ? hit.publishedAt.toISOString() : null,
    chapters: hit.chapters.map(({ startSeconds, title, snippet, url }) => ({
      startSeconds,
      title,
      snippet,
      url,
    })),
  };
}

type OutcomeContext = { typed: string; state: SearchState; topic: TopicRef | null };

export function toOutcomeView(
  response: Pick<SearchResponse, "query" | "total" | "page" | "pageCount" | "suggestion" | "corrected">,
  results: ResultView[],
  { typed, state, topic }: OutcomeContext,
): SearchOutcomeView {
  return {
    kind: "results",
    typed,
    query: response.query,
    state,
    topic,
    total: response.total,
    page: response.page,
    pageCount: response.pageCount,
    results,
    suggestion: response.suggestion ?? null,
    corrected: response.corrected === true,
  };
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * The API's marked HTML back into parts, without an HTML parser (and without innerHTML):
 * parseMarkedHtml("a <mark>b&#38;c</mark>") -> [{ text: "a ", marked: false }, { text: "b&c", marked: true }]
 */
export function parseMarkedHtml(html: string): Highlighted {
  const parts: Highlighted = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** An API result as the views show it (client side); topic names come from the page's topic list. */
export function fromApiResult(result: SearchApiResult, topicNames: ReadonlyMap<string, string>): ResultView {
  return {
    slug: result.slug,
    title: result.title,
    url: result.url,
    snippet: parseMarkedHtml(result.snippet),
    topics: result.topics.map((slug) => ({ slug, name: topicNames.get(slug) ?? slug })),
    publishedAt: result.publishedAt,
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

/** What the live region says when results arrive: "3 episodes for “tlb” in PostgreSQL". */
export function describeOutcome(view: SearchOutcomeView): string {
  if (view.kind === "start") return "";
  const where = view.topic ? ` in ${view.topic.name}` : "";
  const text = `${countEpisodes(view.total)} for “${shownQuery(view)}”${where}`;
  return view.corrected ? `${text}. No results for “${view.typed}”.` : text;
}

/** The query a summary names: as typed, unless the results are for the corrected spelling. */
export function shownQuery(view: Extract<SearchOutcomeView, { kind: "results" }>): string {
  return view.corrected ? view.query : view.typed;
}
