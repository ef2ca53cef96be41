// The text under an episode title -> description, chapters and links, line by line: URLs are masked
// and become links (./links.ts), chapter lines and chapter lists glued into prose become chapters
// (./chapters.ts), and whatever is not a chapter stays in the description (./description.ts).
import type { ShowLinkRules } from "@/lib/catalog/links";
import type { ChapterRecord, Issue, LinkRecord } from "@/lib/catalog/schema";
import { normalizeForCompare } from "@/lib/catalog/text";
import { extractChapters } from "./chapters";
import { finishDescription } from "./description";
import { collectLinks, maskLine, type FoundUrl } from "./links";
import { startsWithTimestamp } from "./timestamps";

export type SourceLine = { text: string; number: number };

export type BodyResult = {
  description: string;
  chapters: ChapterRecord[];
  links: LinkRecord[];
  issues: Issue[];
};

const CHAPTER_HEADING = /^(time ?stamps|chapters|chapter list)\s*:?$/i;

/**
 * parseBody([{ text: "0:00 Intro", number: 3 }, { text: "1:30 TLB", number: 4 }], …) ->
 *   { chapters: [{ start: 0, title: "Intro" }, { start: 90, title: "TLB" }], description: "" }
 */
export function parseBody(
  lines: SourceLine[],
  file: string,
  title: string | null,
  rules: ShowLinkRules,
): BodyResult {
  const issues: Issue[] = [];
  const chapters: ChapterRecord[] = [];
  const description: string[] = [];
  const allUrls: FoundUrl[] = [];
  const masked = lines.map((line) => maskLine(line, allUrls));
  const links = collectLinks(masked, allUrls, rules);

  masked.forEach((line, index) => {
    const trimmed = line.masked.trim();
    if (title && normalizeForCompare(trimmed) === normalizeForCompare(title)) {
      issues.push(info(file, line.number, "repeated-title", "line repeats the episode title; left out"));
      return;
    }
    if (CHAPTER_HEADING.test(trimmed) && startsWithTimestamp(masked[index + 1]?.masked ?? "")) {
      issues.push(
        info(file, line.number, "chapter-heading", `heading "${trimmed}" above the chapter list; left out`),
      );
      return;
    }
    const found = extractChapters(line, chapters.at(-1)?.start ?? -1, file, issues, rules.promoPhrases);
    chapters.push(...found.chapters);
    description.push(...found.description);
  });

  return { description: finishDescription(description, allUrls), chapters, links, issues };
}

function info(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "info", code, message };
}
