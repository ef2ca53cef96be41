// The curated topic taxonomy (data/topics.json): what a backend engineer browses by, each topic with
// the terms that signal it. Parsed and validated here; problems come back as issues with a line.
import { z } from "zod";
import { parseJsonArray } from "@/lib/ingest/json-file";
import type { Issue } from "@/lib/catalog/schema";

/**
 * Where a term counts. "anywhere": titles, chapter titles, sub-points and the description.
 * "titles": only the episode title and chapter titles, for words too common in prose to mean the
 * topic there ("index", "memory", "thread"), but that do when an episode or chapter is named by them.
 */
export const termPlaceSchema = z.enum(["anywhere", "titles"]);
export type TermPlace = z.infer<typeof termPlaceSchema>;

const termTextSchema = z
  .string()
  .trim()
  .min(1)
  .refine((value) => /[\p{L}\p{N}]/u.test(value), "a term needs a letter or digit");

/** "MVCC" or { "term": "index", "where": "titles" }, normalised to the object form. */
export const termSchema = z
  .union([
    termTextSchema,
    z.strictObject({ term: termTextSchema, where: termPlaceSchema.default("anywhere") }),
  ])
  .transform((value) => (typeof value === "string" ? { term: value, where: "anywhere" as const } : value));
export type TermRecord = z.infer<typeof termSchema>;

export const topicSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug must be lower-case words joined by hyphens"),
    name: z.string().trim().min(1),
    description: z.string().trim().min(1),
    /**
     * Words or phrases that signal the topic: case-insensitive, on word boundaries, a plural "s"/"es"
     * allowed, and a space, hyphen or underscore inside a term matching any of them or none.
     */
    terms: z.array(termSchema).min(1),
  })
  .superRefine((topic, ctx) => {
    const seen = new Set<string>();
    topic.terms.forEach((term, index) => {
      const key = term.term.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["terms", index], message: `duplicate term "${term.term}"` });
      seen.add(key);
    });
  });
export type TopicRecord = z.infer<typeof topicSchema>;
/** What data/topics.json holds for a topic (terms may be plain strings there). */
export type TopicInput = z.input<typeof topicSchema>;

export const taxonomySchema = z
  .array(topicSchema)
  .min(1)
  .superRefine((topics, ctx) => {
    const seen = new Set<string>();
    topics.forEach((topic, index) => {
      if (seen.has(topic.slug))
        ctx.addIssue({ code: "custom", path: [index, "slug"], message: `duplicate slug ${topic.slug}` });
      seen.add(topic.slug);
    });
  });

/** parseTaxonomy(text, "topics.json") -> { topics, issues } (issues name the line of the bad entry). */
export function parseTaxonomy(text: string, file: string): { topics: TopicRecord[]; issues: Issue[] } {
  const { entries, issues } = parseJsonArray(text, file, taxonomySchema, "topics");
  return { topics: entries, issues };
}
