// Query parameters of the JSON API (/api/episodes, /api/search): one parser over a zod schema per
// route. Unlike the pages (which fall back to defaults on junk), the API answers junk with a 400
// naming the parameter. Pure.
import { z } from "zod";
import {
  MAX_QUERY_CHARS,
  MAX_SHOW_SLUG_CHARS,
  MAX_TOPIC_SLUG_CHARS,
  normalizeQuery,
  SEARCH_MAX_LIMIT,
  SEARCH_PAGE_SIZE,
  slugPattern,
  sortKeys,
} from "@/lib/search/params";

export const EPISODE_API_MAX_LIMIT = 100;
export const EPISODE_API_DEFAULT_LIMIT = 20;
const MAX_PAGE = 1_000_000;

export type ParamError = { parameter: string; message: string };

export type ParseResult<T> = { ok: true; params: T } | { ok: false; error: ParamError };

const wholeNumber = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be a whole number` })
    .transform(Number);

const integer = (name: string, min: number, max: number) =>
  wholeNumber(name).pipe(
    z
      .number()
      .min(min, { error: `${name} must be between ${min} and ${max}` })
      .max(max, { error: `${name} must be between ${min} and ${max}` }),
  );

const topicSlug = z
  .string()
  .max(MAX_TOPIC_SLUG_CHARS, { error: "topic must be a topic slug such as postgresql" })
  .regex(slugPattern, { error: "topic must be a topic slug such as postgresql" });

const showSlug = z
  .string()
  .max(MAX_SHOW_SLUG_CHARS, { error: "show must be a show slug such as the-backend-engineering-show" })
  .regex(slugPattern, { error: "show must be a show slug such as the-backend-engineering-show" });

const day = (name: string) => z.iso.date({ error: `${name} must be a calendar date as YYYY-MM-DD` });

/** GET /api/episodes?page=&limit=&show=&topic=&hasVideo=&from=&to= */
export const episodeListParamsSchema = z
  .object({
    page: integer("page", 1, MAX_PAGE).default(1),
    limit: integer("limit", 1, EPISODE_API_MAX_LIMIT).default(EPISODE_API_DEFAULT_LIMIT),
    show: showSlug.optional(),
    topic: topicSlug.optional(),
    hasVideo: z
      .enum(["true", "false"], { error: "hasVideo must be true or false" })
      .transform((value) => value === "true")
      .optional(),
    from: day("from").optional(),
    to: day("to").optional(),
  })
  .superRefine((params, ctx) => {
    if (params.from && params.to && params.from > params.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
    }
  });

export type EpisodeListParams = z.infer<typeof episodeListParamsSchema>;

/** GET /api/search?q=&show=&topic=&sort=&limit=&page= */
export const searchParamsSchema = z.object({
  q: z
    .string({ error: "q is required" })
    .transform(normalizeQuery)
    .pipe(
      z
        .string()
        .min(1, { error: "q must not be empty" })
        .max(MAX_QUERY_CHARS, { error: `q must be at most ${MAX_QUERY_CHARS} characters` }),
    ),
  limit: wholeNumber("limit")
    .pipe(z.number().min(1, { error: "limit must be at least 1" }))
    // A bigger page than the search serves is not an error: it is capped.
    .transform((value) => Math.min(value, SEARCH_MAX_LIMIT))
    .default(SEARCH_PAGE_SIZE),
  page: integer("page", 1, MAX_PAGE).default(1),
  show: showSlug.optional(),
  topic: topicSlug.optional(),
  sort: z.enum(sortKeys, { error: `sort must be one of: ${sortKeys.join(", ")}` }).default("relevance"),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/**
 * parseApiParams(episodeListParamsSchema, new URLSearchParams("limit=5&hasVideo=true"))
 *   -> { ok: true, params: { page: 1, limit: 5, hasVideo: true } }
 * parseApiParams(episodeListParamsSchema, new URLSearchParams("limit=abc"))
 *   -> { ok: false, error: { parameter: "limit", message: "limit must be a whole number" } }
 * Only the schema's own parameters are read (others are ignored); one given twice is an error, and an
 * empty one (`?topic=`, as a form's empty field sends) counts as not given.
 */
export function parseApiParams<Schema extends z.ZodObject>(
  schema: Schema,
  search: URLSearchParams,
): ParseResult<z.output<Schema>> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const values = search.getAll(name);
    if (values.length > 1) {
      return { ok: false, error: { parameter: name, message: `${name} must be given at most once` } };
    }
    if (values[0] !== undefined && values[0].trim() !== "") raw[name] = values[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0];
  const parameter = typeof issue?.path[0] === "string" ? issue.path[0] : "query";
  return { ok: false, error: { parameter, message: issue?.message ?? "invalid query" } };
}

/** The one answer of every API to a well-formed topic slug that names no topic. */
export function unknownTopicError(slug: string): ParamError {
  return { parameter: "topic", message: `topic "${slug}" does not exist (see /api/topics)` };
}

/**
 * The one answer of every API to a well-formed `show` parameter that names no show: a 400 like an
 * unknown topic, since the request's address is right and one of its parameters is not. (A show in
 * the path, /api/shows/<show>, is a 404 instead.)
 */
export function unknownShowError(slug: string): ParamError {
  return { parameter: "show", message: `show "${slug}" does not exist (see /api/shows)` };
}
