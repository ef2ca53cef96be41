// The URL state of a show's episode list: parses searchParams into list filters and a page number, and
// builds the links back. Pure (no Next, no Prisma), so junk handling is unit-tested; junk never throws,
// it falls back.
import { z } from "zod";
import type { EpisodeFilter } from "@/lib/db/shapes";
import { showPath, type ShowPath } from "./routes";
import { lastValue, LATER_PAGE_PATTERN, pageParam, type RawValue } from "./url-params";
import type { ViewParam } from "./views";

export const PAGE_SIZE = 24;

/** Id of the list section: filter and page links land there rather than at the top of the page. */
export const LIST_ANCHOR = "episodes";

/** The query keys of the list. */
export const listParamKeys = ["video", "chapters", "length", "page"] as const;

/** The show's unfiltered list at its section: where "Clear" links go. */
export function clearFiltersHref(show: string): `${ShowPath}#${typeof LIST_ANCHOR}` {
  return `${showPath(show)}#${LIST_ANCHOR}`;
}

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

/**
 * The values of each key that select a view other than the show's plain page, in canonical order (as
 * listHref writes them): a show's filtered and later pages (showPath?video=1…) are views
 * (lib/site/views.ts), rewritten by next.config.ts to app/shows/[show]/%5Fview/[query].
 */
export const listViewParams: ViewParam[] = [
  { key: "video", pattern: "1" },
  { key: "chapters", pattern: "1" },
  { key: "length", pattern: lengthKeys.filter((key) => key !== "any").join("|") },
  { key: "page", pattern: LATER_PAGE_PATTERN },
];

export type ListParams = {
  /** What the list query receives; inclusive bounds, so a bucket's upper edge is max - 1. */
  filters: EpisodeFilter;
  length: LengthKey;
  /** 1-based as requested; the list query clamps it to the last page. */
  page: number;
};

const flagSchema = z
  .preprocess(
    lastValue,
    z.literal("1").transform(() => true),
  )
  .catch(false);

const listSearchSchema = z.object({
  video: flagSchema,
  chapters: flagSchema,
  length: z.preprocess(lastValue, z.enum(lengthKeys)).catch("any"),
  page: pageParam,
});

/** parseListParams({ video: "1", length: "short", page: "2" }) -> { filters: { hasVideo: true, maxSeconds: 899 }, length: "short", page: 2 } */
export function parseListParams(searchParams: Record<string, RawValue>): ListParams {
  const { video, chapters, length, page } = listSearchSchema.parse(searchParams);
  return { filters: toFilters(video, chapters, length), length, page };
}

function toFilters(video: boolean, chapters: boolean, length: LengthKey): EpisodeFilter {
  const filters: EpisodeFilter = {};
  if (video) filters.hasVideo = true;
  if (chapters) filters.hasChapters = true;
  const { minSeconds, maxSeconds } = lengthOptions[length];
  if (minSeconds !== undefined) filters.minSeconds = minSeconds;
  if (maxSeconds !== undefined) filters.maxSeconds = maxSeconds - 1;
  return filters;
}

/** True when anything narrows the list (the page number does not). */
export function isFiltered({ filters, length }: Pick<ListParams, "filters" | "length">): boolean {
  return Boolean(filters.hasVideo || filters.hasChapters || length !== "any");
}

export type ListHref = ShowPath | `${ShowPath}?${string}`;

/**
 * listHref("x", { filters: { hasVideo: true }, length: "any" }, 2) -> "/shows/x?video=1&page=2"
 * Defaults are left out, so every view has one canonical URL and page 1 unfiltered is the show's
 * prerendered page.
 */
export function listHref(show: string, state: Pick<ListParams, "filters" | "length">, page = 1): ListHref {
  const query = new URLSearchParams();
  if (state.filters.hasVideo) query.set("video", "1");
  if (state.filters.hasChapters) query.set("chapters", "1");
  if (state.length !== "any") query.set("length", state.length);
  if (page > 1) query.set("page", String(Math.floor(page)));
  const search = query.toString();
  return search ? `${showPath(show)}?${search}` : showPath(show);
}

/** "19 episodes with video and chapters, 15–30 min": what the count line says about the list. */
export function describeResults(total: number, state: Pick<ListParams, "filters" | "length">): string {
  const noun = total === 1 ? "episode" : "episodes";
  const having = [state.filters.hasVideo && "video", state.filters.hasChapters && "chapters"].filter(
    (part): part is string => Boolean(part),
  );
  let text = `${total} ${noun}`;
  if (having.length > 0) text += ` with ${having.join(" and ")}`;
  if (state.length !== "any") text += `, ${lengthOptions[state.length].label.toLowerCase()}`;
  return text;
}
