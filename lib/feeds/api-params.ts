// Query parameters of GET /api/episodes, validated with zod. Unlike the pages (which fall back to
// defaults on junk), the API answers junk with a 400 naming the parameter. Pure.
import { z } from "zod";

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${name} must be between ${min} and ${max}` })
        .max(max, { error: `${name} must be between ${min} and ${max}` }),
    );

const day = (name: string) => z.iso.date({ error: `${name} must be a calendar date as YYYY-MM-DD` });

export const episodeListParamsSchema = z
  .object({
    page: integer("page", 1, 1_000_000).default(1),
    limit: integer("limit", 1, MAX_LIMIT).default(DEFAULT_LIMIT),
    topic: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "topic must be a topic slug such as postgresql" })
      .max(100, { error: "topic must be a topic slug such as postgresql" })
      .optional(),
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

export type ParamError = { parameter: string; message: string };

export type ParseResult<T> = { ok: true; params: T } | { ok: false; error: ParamError };

const knownParams = ["page", "limit", "topic", "hasVideo", "from", "to"] as const;

/**
 * parseEpisodeListParams(new URLSearchParams("limit=5&hasVideo=true"))
 *   -> { ok: true, params: { page: 1, limit: 5, hasVideo: true } }
 * parseEpisodeListParams(new URLSearchParams("limit=abc"))
 *   -> { ok: false, error: { parameter: "limit", message: "limit must be a whole number" } }
 * Unknown parameters are ignored; a known one given twice is an error.
 */
export function parseEpisodeListParams(search: URLSearchParams): ParseResult<EpisodeListParams> {
  const raw: Record<string, string> = {};
  for (const name of knownParams) {
    const values = search.getAll(name);
    if (values.length > 1) {
      return { ok: false, error: { parameter: name, message: `${name} must be given at most once` } };
    }
    if (values[0] !== undefined) raw[name] = values[0];
  }
  const result = episodeListParamsSchema.safeParse(raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0];
  const parameter = typeof issue?.path[0] === "string" ? issue.path[0] : "query";
  return { ok: false, error: { parameter, message: issue?.message ?? "invalid query" } };
}
