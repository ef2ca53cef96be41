// A show's own rules, data/shows/<show>.json: its host's course sites and shops, how he words a
// promotion, his YouTube channel, the words that decorate his episode titles. Validated here; problems
// come back as issues with file and line. What holds for any show stays in lib/catalog/links.ts.
import { z } from "zod";
import type { Issue } from "@/lib/catalog/schema";
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

export const showFileSchema = z.strictObject({
  /** The show's name as its titles write it ("… | The Backend Engineering Show"). */
  name: z.string().trim().min(1),
  /** Added to the show's links when no source names it: episode pages search it for unlinked videos. */
  youtubeChannel: z
    .string()
    .refine((url) => youtubeChannelPath(url) !== null, "not a YouTube channel URL (/c/…, /channel/…, /@…)")
    .nullable()
    .default(null),
  courseHosts: z.array(hostPatternSchema).default([]),
  supportHosts: z.array(hostPatternSchema).default([]),
  promoPhrases: z.array(phraseSchema).default([]),
  /** Words that decorate an episode title without naming the episode ("Deep Dive"). */
  titleDecorations: z.array(z.string().trim().min(1)).default([]),
});

/** Also the ShowLinkRules that lib/catalog/links.ts classifies the show's links with. */
export type ShowRules = z.infer<typeof showFileSchema>;

/**
 * parseShowFiles([{ file: "the-backend-engineering-show.json", text }]) -> { show, issues }. A catalog
 * is one show, so a second file is an error; no file at all means only the general rules apply.
 */
export function parseShowFiles(files: { file: string; text: string }[]): {
  show: ShowRules | null;
  issues: Issue[];
} {
  const [first, ...others] = files;
  if (!first) return { show: null, issues: [] };
  const parsed = parseJsonObject(first.text, first.file, showFileSchema, "show");
  const issues = [
    ...parsed.issues,
    ...others.map((other): Issue => ({
      file: other.file,
      line: 0,
      severity: "error",
      code: "show-extra",
      message: `a catalog is one show, and ${first.file} already describes it`,
    })),
  ];
  return { show: parsed.value, issues };
}
