// The curated topic taxonomy (data/topics.json): what a backend engineer browses by, each topic with
// the terms that signal it. Parsed and validated here; problems come back as issues with a line.
import { z } from "zod";
import { parseJsonArray } from "@/lib/catalog/json-file";
import type { Issue } from "@/lib/catalog/parse/schema";

export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Words or phrases that signal the topic, matched case-insensitively on word boundaries. */
  terms: z.array(z.string().min(1)).min(1),
});
export type TopicRecord = z.infer<typeof topicSchema>;

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
