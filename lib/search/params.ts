// URL state of search: the /search page's searchParams (junk falls back, never throws) and the
// /api/search parameters (junk is a 400 naming the parameter). Pure (zod only), shared by server and client.
import { z } from "zod";

// This module also runs in the search island: zod's default probe for `new Function` (its JIT) is an
// eval the Content-Security-Policy forbids and reports. Plain (jitless) parsing is fast enough here.
z.config({ jitless: true });

/** Results per page, on the page and by default in the API. */
export const PAGE_SIZE = 20;
export const MAX_LIMIT = 50;
/** Longest query accepted; the search core only looks at the first 200 characters anyway. */
export const MAX_QUERY_CHARS = 1000;

export const sortKeys = ["relevance", "date"] as const;
export type SortKey = (typeof sortKeys)[number];
export const sortLabels: Record<SortKey, string> = { relevance: "Best match", date: "Newest first" };

const topicSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_CHARS = 64;

export type SearchState = {
  /** Trimmed, inner whitespace collapsed; "" when there is no query. */
  q: string;
  topic: string | null;
  sort: SortKey;
};

export type SearchPageParams = SearchState & { page: number };

type RawValue = string | string[] | undefined;

/** A repeated key (`?q=a&q=b`) counts by its first value, as URLSearchParams.get does. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** normalizeQuery("  postgres \n locks ") -> "postgres locks" */
export function normalizeQuery(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

const searchPageSchema = z.object({
  q: z
    .preprocess(firstValue, z.string())
    .transform((value) => normalizeQuery(value).slice(0, MAX_QUERY_CHARS).trim())
    .catch(""),
  topic: z.preprocess(firstValue, z.string().max(MAX_SLUG_CHARS).regex(topicSlug)).nullable().catch(null),
  sort: z.preprocess(firstValue, z.enum(sortKeys)).catch("relevance"),
  // Plain digits only: "2.5", "-3", "1e9" are junk and mean page 1; the search clamps past the end.
  page: z
    .preprocess(firstValue, z.string().regex(/^\d{1,6}$/))
    .transform((value) => Math.max(1, Number.parseInt(value, 10)))
    .catch(1),
});

/** parseSearchPageParams({ q: " tlb ", sort: "date", page: "2" }) -> { q: "tlb", topic: null, sort: "date", page: 2 } */
export function parseSearchPageParams(searchParams: Record<string, RawValue>): SearchPageParams {
  return searchPageSchema.parse(searchParams);
}

export type SearchHref = "/search" | `/search?${string}`;

/**
 * searchHref({ q: "tlb", topic: null, sort: "relevance" }, 2) -> "/search?q=tlb&page=2"
 * Defaults are left out, so every search has one URL.
 */
export function searchHref(state: Partial<SearchState>, page = 1): SearchHref {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  if (state.topic) query.set("topic", state.topic);
  if (state.sort && state.sort !== "relevance") query.set("sort", state.sort);
  if (page > 1) query.set("page", String(Math.floor(page)));
  const search = query.toString();
  return search ? `/search?${search}` : "/search";
}

/** The API request the live search makes for a state (same page size as the page). */
export function apiSearchHref(state: SearchState, page = 1): `/api/search?${string}` {
  const href = searchHref(state, page);
  return `/api/search?${href.slice("/search?".length)}`;
}

export type ApiSearchParams = SearchState & { limit: number; page: number };
export type ApiParamError = { parameter: string; message: string };
export type ApiParamsResult = { ok: true; value: ApiSearchParams } | { ok: false; error: ApiParamError };

/** "" means "not given" for the optional parameters (a form's empty select, `?limit=`). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

const apiSearchSchema = z.object({
  q: z
    .string({ error: "is required" })
    .transform(normalizeQuery)
    .pipe(
      z
        .string()
        .min(1, { error: "must not be empty" })
        .max(MAX_QUERY_CHARS, { error: `must be at most ${MAX_QUERY_CHARS} characters` }),
    ),
  limit: optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
      .transform(Number)
      .pipe(z.number().min(1, { error: `must be a whole number from 1 to ${MAX_LIMIT}` }))
      // A bigger page than we serve is not an error: it is capped.
      .transform((value) => Math.min(value, MAX_LIMIT)),
  ),
  page: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,6}$/, { error: "must be a whole number from 1 to 999999" })
      .transform(Number)
      .pipe(z.number().min(1, { error: "must be a whole number from 1 to 999999" })),
  ),
  topic: optional(
    z
      .string()
      .max(MAX_SLUG_CHARS, { error: "must be a topic slug such as postgresql" })
      .regex(topicSlug, { error: "must be a topic slug such as postgresql" }),
  ),
  sort: optional(z.enum(sortKeys, { error: `must be one of: ${sortKeys.join(", ")}` })),
});

/**
 * parseApiSearchParams(new URLSearchParams("q=tlb&limit=500")) -> { ok: true, value: { q: "tlb", limit: 50, … } }
 * parseApiSearchParams(new URLSearchParams("q=tlb&limit=abc")) -> { ok: false, error: { parameter: "limit", … } }
 * Unknown parameters are ignored; a repeated one counts by its first value.
 */
export function parseApiSearchParams(params: URLSearchParams): ApiParamsResult {
  const input: Record<string, string | undefined> = {};
  for (const key of ["q", "limit", "page", "topic", "sort"]) input[key] = params.get(key) ?? undefined;
  const result = apiSearchSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const parameter = String(issue?.path[0] ?? "q");
    return { ok: false, error: { parameter, message: `${parameter} ${issue?.message ?? "is not valid"}` } };
  }
  const { q, limit, page, topic, sort } = result.data;
  return {
    ok: true,
    value: { q, limit: limit ?? PAGE_SIZE, page: page ?? 1, topic: topic ?? null, sort: sort ?? "relevance" },
  };
}
