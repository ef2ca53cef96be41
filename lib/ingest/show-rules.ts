// A show's own data, data/shows/<show-slug>.json: its name and the other names sources give it, host,
// description, links and artwork; and the rules its sources are read with (its host's course sites and
// shops, how he words a promotion, his YouTube channel, the words that decorate his episode titles).
// Validated here; problems come back as issues with file and line. What holds for any show stays in
// lib/catalog/links.ts.
import { z } from "zod";
import { linkKindSchema, type Issue } from "@/lib/catalog/schema";
import { normalizeForCompare } from "@/lib/catalog/text";
import { youtubeChannelPath } from "@/lib/catalog/youtube";
import { parseJsonObject } from "./json-file";

const hostPatternSchema = z
  .string()
  .regex(
    /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/,
    'a lower-case host ("os.win") or "*." before a domain and its subdomains ("*.husseinnasser.com")',
  );

/** A JavaScript regular expression, matched case-insensitively. */
const phraseSchema = z
  .string()
  .min(1)
  .transform((source, ctx) => {
    try {
      return new RegExp(source, "i");
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        message: `not a regular expression: ${error instanceof Error ? error.message : String(error)}`,
      });
      return z.NEVER;
    }
  });

const httpUrlSchema = z.url({ protocol: /^https?$/, error: "not an http(s) URL" });

export const showFileSchema = z.strictObject({
  /** The show's full name, as its feed and pages give it. */
  name: z.string().trim().min(1),
  /**
   * Other names sources and titles give it ("… | The Backend Engineering Show"): a source naming any of
   * them belongs to this show.
   */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The show of sources and facts that name none (one file at most). */
  default: z.boolean().default(false),
  host: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1).optional(),
  /** The show's own links; when given, they replace the ones its sources list. */
  links: z
    .array(
      z.strictObject({
        url: httpUrlSchema,
        kind: linkKindSchema,
        label: z.string().nullable().default(null),
      }),
    )
    .optional(),
  artworkUrl: httpUrlSchema.optional(),
  /** Added to the show's links when no source names it: episode pages search it for unlinked videos. */
  youtubeChannel: z
    .string()
    .refine((url) => youtubeChannelPath(url) !== null, "not a YouTube channel URL (/c/…, /channel/…, /@…)")
    .nullable()
    .default(null),
  /** The show's own RSS feed, which `catalog refresh` downloads into the sources. */
  feedUrl: z.url({ protocol: /^https?$/, error: "not an http(s) URL" }).optional(),
  courseHosts: z.array(hostPatternSchema).default([]),
  supportHosts: z.array(hostPatternSchema).default([]),
  promoPhrases: z.array(phraseSchema).default([]),
  /** Words that decorate an episode title without naming the episode ("Deep Dive"). */
  titleDecorations: z.array(z.string().trim().min(1)).default([]),
});

/** Also the ShowLinkRules that lib/catalog/links.ts classifies the show's links with. */
export type ShowRules = z.infer<typeof showFileSchema>;

/** A show file as the catalog uses it: the file name (without .json) is the show's slug. */
export type ShowFile = ShowRules & { slug: string };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * parseShowFiles([{ file: "the-backend-engineering-show.json", text }]) -> { shows: [{ slug:
 * "the-backend-engineering-show", name, … }], issues }. A file name that is not a slug, two files
 * claiming the same name or alias, and two default shows are errors; a file with an error is left out.
 */
export function parseShowFiles(files: { file: string; text: string }[]): {
  shows: ShowFile[];
  issues: Issue[];
} {
  const shows: ShowFile[] = [];
  const issues: Issue[] = [];
  const owners = new Map<string, string>();
  const error = (file: string, code: string, message: string) =>
    issues.push({ file, line: 0, severity: "error", code, message });
  for (const { file, text } of files) {
    const slug = file.replace(/\.json$/i, "");
    if (!SLUG.test(slug)) {
      error(file, "show-file-name", `a show file is named by the show's slug ("the-show.json")`);
      continue;
    }
    const parsed = parseJsonObject(text, file, showFileSchema, "show");
    issues.push(...parsed.issues);
    if (!parsed.value) continue;
    const claimed = [parsed.value.name, ...parsed.value.aliases].map(normalizeForCompare);
    const taken = claimed.find((name) => owners.has(name));
    if (taken !== undefined) {
      error(file, "show-name-taken", `the name "${taken}" is already ${owners.get(taken)}'s`);
      continue;
    }
    for (const name of claimed) owners.set(name, file);
    shows.push({ ...parsed.value, slug });
  }
  const defaults = shows.filter((show) => show.default);
  for (const extra of defaults.slice(1))
    error(
      `${extra.slug}.json`,
      "show-default-twice",
      `${defaults[0]!.slug}.json is already the default show`,
    );
  return { shows, issues };
}
