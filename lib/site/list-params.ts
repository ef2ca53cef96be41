// The URL state of a show's episode list: parses searchParams into list filters, a sort order and a
// page number, and builds the links back and the filters its option counts are taken under. Pure (no
// Next, no Prisma), so junk handling is unit-tested; junk never throws, it falls back.
import type { EpisodeSort } from "@/lib/db/episodes";
import type { EpisodeFilter } from "@/lib/db/shapes";
import { showPath, type ShowPath } from "./routes";
import { slugPattern } from "./search-views";
import {
  choiceParam,
  LATER_PAGE_PATTERN,
  pageParam,
  slugParam,
  textParam,
  type RawValue,
} from "./url-params";
import type { ViewParam } from "./views";

export const PAGE_SIZE = 24;

/** Id of the list section: filter and page links land there rather than at the top of the page. */
export const LIST_ANCHOR = "episodes";

/** The query keys of the list, in the order listHref writes them. */
export const listParamKeys = ["video", "chapters", "length", "topic", "sort", "page"] as const;

/** Duration buckets, half-open in seconds: [min, max). "any" has no bounds. */
export const lengthOptions = {
  any: { label: "Any length", minSeconds: undefined, maxSeconds: undefined },
  short: { label: "Under 15 min", minSeconds: undefined, maxSeconds: 15 * 60 },
  medium: { label: "15–30 min", minSeconds: 15 * 60, maxSeconds: 30 * 60 },
  long: { label: "30–45 min", minSeconds: 30 * 60, maxSeconds: 45 * 60 },
  xl: { label: "45 min or more", minSeconds: 45 * 60, maxSeconds: undefined },
} as const satisfies Record<string, { label: string; minSeconds?: number; maxSeconds?: number }>;

export type LengthKey = keyof typeof lengthOptions;
export const lengthKeys = ["any", "short", "medium", "long", "xl"] as const satisfies readonly LengthKey[];

/** The orders of the list; the first is the default (lib/db/episodes.ts says what each one sorts by). */
export const sortKeys = ["newest", "oldest", "longest"] as const satisfies readonly EpisodeSort[];
export type SortKey = (typeof sortKeys)[number];
export const sortLabels: Record<SortKey, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  longest: "Longest first",
};

/** Topic slugs are short (data/topics.json); a longer value is junk. */
export const MAX_TOPIC_SLUG_CHARS = 64;

/**
 * The values of each key that select a view other than the show's plain page, in canonical order (as
 * listHref writes them): a show's filtered, sorted and later pages (showPath?video=1…) are views
 * (lib/site/views.ts), rewritten by next.config.ts to app/shows/[show]/%5Fview/[query].
 */
export const listViewParams: ViewParam[] = [
  { key: "video", pattern: "1" },
  { key: "chapters", pattern: "1" },
  { key: "length", pattern: lengthKeys.filter((key) => key !== "any").join("|") },
  { key: "topic", pattern: slugPattern.source.slice(1, -1) },
  { key: "sort", pattern: sortKeys.filter((key) => key !== "newest").join("|") },
  { key: "page", pattern: LATER_PAGE_PATTERN },
];

export type ListParams = {
  /**
   * What the list query receives, the topic included. Bounds are inclusive, so a length bucket's upper
   * edge is its max - 1.
   */
  filters: EpisodeFilter;
  length: LengthKey;
  sort: SortKey;
  /** 1-based as requested; the list query clamps it to the last page. */
  page: number;
};

/** The parts of the state a link keeps (the page number is given apart). */
export type ListState = Pick<ListParams, "filters" | "length"> & { sort?: SortKey };

/**
 * parseListParams({ video: "1", length: "short", topic: "postgresql", sort: "oldest", page: "2" })
 *   -> { filters: { hasVideo: true, maxSeconds: 899, topic: "postgresql" }, length: "short",
 *        sort: "oldest", page: 2 }
 */
export function parseListParams(searchParams: Record<string, RawValue>): ListParams {
  const length = choiceParam(searchParams.length, lengthKeys);
  const topic = slugParam(searchParams.topic, MAX_TOPIC_SLUG_CHARS, slugPattern);
  const filters = toFilters(flagParam(searchParams.video), flagParam(searchParams.chapters), length, topic);
  return {
    filters,
    length,
    sort: choiceParam(searchParams.sort, sortKeys),
    page: pageParam(searchParams.page),
  };
}

/** A filter switch: on only as "1" (what the form sends); anything else is off. */
function flagParam(value: RawValue): boolean {
  return textParam(value) === "1";
}

function toFilters(
  video: boolean,
  chapters: boolean,
  length: LengthKey,
  topic: string | null,
): EpisodeFilter {
  const filters: EpisodeFilter = {};
  if (video) filters.hasVideo = true;
  if (chapters) filters.hasChapters = true;
  const { minSeconds, maxSeconds } = lengthOptions[length];
  if (minSeconds !== undefined) filters.minSeconds = minSeconds;
  if (maxSeconds !== undefined) filters.maxSeconds = maxSeconds - 1;
  if (topic) filters.topic = topic;
  return filters;
}

/**
 * The params with a topic the catalog does not have dropped: on the page it is junk like any other.
 * knownListTopic(parseListParams({ topic: "nope" }), [{ slug: "http" }]).filters -> {}
 */
export function knownListTopic(params: ListParams, topics: readonly { slug: string }[]): ListParams {
  const { topic, ...rest } = params.filters;
  if (!topic || topics.some((known) => known.slug === topic)) return params;
  return { ...params, filters: rest };
}

/** True when anything narrows the list (the sort order and the page number do not). */
export function isFiltered({ filters, length }: Pick<ListParams, "filters" | "length">): boolean {
  return Boolean(filters.hasVideo || filters.hasChapters || filters.topic || length !== "any");
}

/** True for the show's own first page (prerendered): unfiltered, newest first, page 1. */
export function isPlainView(params: ListParams): boolean {
  return !isFiltered(params) && params.sort === "newest" && params.page === 1;
}

/**
 * The filter each option's count is taken under: the other filters as they are, that option's own
 * group set to the option. So "Has video" counts the episodes with a video among those the length,
 * chapters and topic filters keep, whether or not "Has video" is checked. (No show: the caller adds it.)
 */
export type FacetFilters = {
  video: EpisodeFilter;
  chapters: EpisodeFilter;
  lengths: Record<LengthKey, EpisodeFilter>;
  /** Every filter but the topic: counted per topic, and whole for "Any topic". */
  topics: EpisodeFilter;
};

/**
 * facetFilters(parseListParams({ video: "1", length: "short" }))
 *   -> { video: { hasVideo: true, maxSeconds: 899 },
 *        chapters: { hasVideo: true, hasChapters: true, maxSeconds: 899 },
 *        lengths: { any: { hasVideo: true }, short: { hasVideo: true, maxSeconds: 899 }, … },
 *        topics: { hasVideo: true, maxSeconds: 899 } }
 */
export function facetFilters({ filters, length }: Pick<ListParams, "filters" | "length">): FacetFilters {
  const video = Boolean(filters.hasVideo);
  const chapters = Boolean(filters.hasChapters);
  const topic = filters.topic ?? null;
  const lengths = Object.fromEntries(
    lengthKeys.map((key) => [key, toFilters(video, chapters, key, topic)]),
  ) as Record<LengthKey, EpisodeFilter>;
  return {
    video: toFilters(true, chapters, length, topic),
    chapters: toFilters(video, true, length, topic),
    lengths,
    topics: toFilters(video, chapters, length, null),
  };
}

export type ListHref = ShowPath | `${ShowPath}?${string}`;

/**
 * listHref("x", { filters: { hasVideo: true }, length: "any", sort: "oldest" }, 2)
 *   -> "/shows/x?video=1&sort=oldest&page=2"
 * Defaults are left out, so every view has one canonical URL and page 1 unfiltered, newest first, is the
 * show's prerendered page.
 */
export function listHref(show: string, state: ListState, page = 1): ListHref {
  const query = new URLSearchParams();
  if (state.filters.hasVideo) query.set("video", "1");
  if (state.filters.hasChapters) query.set("chapters", "1");
  if (state.length !== "any") query.set("length", state.length);
  if (state.filters.topic) query.set("topic", state.filters.topic);
  if (state.sort && state.sort !== "newest") query.set("sort", state.sort);
  if (page > 1) query.set("page", String(Math.floor(page)));
  const search = query.toString();
  return search ? `${showPath(show)}?${search}` : showPath(show);
}

/**
 * The show's unfiltered list at its section, in the same order: where "Clear" links go.
 * clearFiltersHref("x") -> "/shows/x#episodes";
 * clearFiltersHref("x", "longest") -> "/shows/x?sort=longest#episodes"
 */
export function clearFiltersHref(
  show: string,
  sort: SortKey = "newest",
): `${ListHref}#${typeof LIST_ANCHOR}` {
  return `${listHref(show, { filters: {}, length: "any", sort })}#${LIST_ANCHOR}`;
}

/** The show's list of one topic, at its section: a topic chip's link. */
export function topicListHref(show: string, topic: string): `${ListHref}#${typeof LIST_ANCHOR}` {
  return `${listHref(show, { filters: { topic }, length: "any" })}#${LIST_ANCHOR}`;
}

/**
 * "19 episodes with video and chapters, 15–30 min, on PostgreSQL": what the count line says about the
 * list. `topicName` names the topic filter (its slug when not given).
 */
export function describeResults(
  total: number,
  state: Pick<ListParams, "filters" | "length">,
  topicName?: string,
): string {
  const noun = total === 1 ? "episode" : "episodes";
  const having = [state.filters.hasVideo && "video", state.filters.hasChapters && "chapters"].filter(
    (part): part is string => Boolean(part),
  );
  let text = `${total} ${noun}`;
  if (having.length > 0) text += ` with ${having.join(" and ")}`;
  if (state.length !== "any") text += `, ${lengthOptions[state.length].label.toLowerCase()}`;
  if (state.filters.topic) text += `, on ${topicName ?? state.filters.topic}`;
  return text;
}
