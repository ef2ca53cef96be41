// The text under an episode title -> description, chapters and links, line by line: URLs are masked
// and become links (./links.ts), chapter lines and chapter lists glued into prose become chapters
// (./chapters.ts), and whatever is not a chapter stays in the description (./description.ts).
import type { ShowLinkRules } from "@/lib/catalog/links";
import type { ChapterRecord, Issue, LinkRecord } from "@/lib/catalog/schema";
import { normalizeForCompare } from "@/lib/catalog/text";
import { formatDuration } from "@/lib/catalog/time";
import { cutGluedHeading, extractChapters, isListHeading } from "./chapters";
import { cutTruncationMark, finishDescription, isTruncationLabel } from "./description";
import { collectLinks, HAS_PLACEHOLDER, maskLine, type FoundUrl, type MaskedLine } from "./links";
import { chainTimestamps, findTimestampCandidates, parseClock, startsWithTimestamp } from "./timestamps";

export type SourceLine = { text: string; number: number };

export type BodyResult = {
  description: string;
  chapters: ChapterRecord[];
  links: LinkRecord[];
  issues: Issue[];
};

/** What the page says about the episode besides its body: chapters never start after its end. */
export type BodyOptions = { durationSeconds?: number };

/** A line holding only a title for the chapter time ending the line before: short, no time, no URL. */
const MAX_TITLE_LINE = 120;

/**
 * parseBody([{ text: "0:00 Intro", number: 3 }, { text: "1:30 TLB", number: 4 }], …) ->
 *   { chapters: [{ start: 0, title: "Intro" }, { start: 90, title: "TLB" }], description: "" }
 */
export function parseBody(
  lines: SourceLine[],
  file: string,
  title: string | null,
  rules: ShowLinkRules,
  options: BodyOptions = {},
): BodyResult {
  const issues: Issue[] = [];
  const chapters: ChapterRecord[] = [];
  const description: string[] = [];
  const allUrls: FoundUrl[] = [];
  const masked = cutTruncations(
    lines.map((line) => maskLine(line, allUrls)),
    file,
    issues,
  );
  const links = collectLinks(masked, allUrls, rules);

  for (let index = 0; index < masked.length; index += 1) {
    const line = masked[index]!;
    const trimmed = line.masked.trim();
    if (title && normalizeForCompare(trimmed) === normalizeForCompare(title)) {
      issues.push(info(file, line.number, "repeated-title", "line repeats the episode title; left out"));
      continue;
    }
    const listBelow = startsWithTimestamp(masked[index + 1]?.masked ?? "");
    if (isListHeading(trimmed) && listBelow) {
      issues.push(
        info(file, line.number, "chapter-heading", `heading "${trimmed}" above the chapter list; left out`),
      );
      continue;
    }
    const glued = listBelow ? cutGluedHeading(line.masked) : null;
    if (glued) {
      issues.push(
        info(
          file,
          line.number,
          "chapter-heading",
          `heading "${glued.heading}" above the chapter list; left out`,
        ),
      );
      line.masked = glued.text;
    }
    const previous = chapters.at(-1)?.start ?? -1;
    const next = masked[index + 1];
    if (next && moveBrokenDigits(line, next, previous)) {
      issues.push(
        info(file, next.number, "chapter-broken", "chapter time broken over two lines; read as one"),
      );
    } else if (next && titleOnNextLine(line, next, masked[index + 2], previous)) {
      issues.push(
        info(file, next.number, "chapter-title-next-line", "line is the title of the chapter time above"),
      );
      line.masked = `${line.masked.trimEnd()} ${next.masked.trim()}`;
      index += 1;
    }
    const found = extractChapters(line, previous, file, issues, rules.promoPhrases);
    chapters.push(...found.chapters);
    description.push(...found.description);
  }

  return {
    description: finishDescription(description, allUrls),
    chapters: withinDuration(chapters, options.durationSeconds, file, lines[0]?.number ?? 0, issues),
    links,
    issues,
  };
}

/**
 * Site truncation marks ("…", "...  Show more", "...more") end the visible text of a line; a short
 * label alone on the next line after a bare mark ("In this episode o ..." / "Show more") is part of it.
 */
function cutTruncations(lines: MaskedLine[], file: string, issues: Issue[]): MaskedLine[] {
  const kept: MaskedLine[] = [];
  let afterBareMark = false;
  for (const line of lines) {
    if (afterBareMark && isTruncationLabel(line.masked)) {
      afterBareMark = false;
      issues.push(info(file, line.number, "truncation-mark", "site's 'show more' label; left out"));
      continue;
    }
    const cut = cutTruncationMark(line.masked);
    afterBareMark = cut !== null && cut.bare;
    if (cut === null) {
      kept.push(line);
      continue;
    }
    issues.push(info(file, line.number, "truncation-mark", "text cut by the site; the mark is left out"));
    if (cut.text.trim()) kept.push({ ...line, masked: cut.text });
  }
  return kept;
}

/**
 * "31:08 Async IO isn’t done! 3" above "1:30 Support for backend writers": the last digits of a line
 * begin the time on the next when only then does that time continue the chapter order (31:30, not 1:30).
 */
function moveBrokenDigits(line: MaskedLine, next: MaskedLine, previous: number): boolean {
  const digits = /(?<=\s)(\d{1,2})\s*$/.exec(line.masked);
  const time = /^\s*(\d{1,2}:[0-5]\d(?::[0-5]\d)?)(?![\d:])/.exec(next.masked);
  if (!digits || !time) return false;
  const last = lastTimeOn(line.masked.slice(0, digits.index), previous);
  const alone = parseClock(time[1]!);
  const joined = parseClock(digits[1]! + time[1]!);
  if (last < 0 || alone === null || joined === null || alone > last || joined <= last) return false;
  line.masked = line.masked.slice(0, digits.index).trimEnd();
  next.masked = digits[1]! + next.masked.trimStart();
  return true;
}

/**
 * "20:00 io_method worker23:00" above "io_method io_uring": a chapter time ending a chapter line takes
 * the next line as its title when that line is short and holds no time or URL. A time alone on a line
 * (a duration under a title) does so only inside a chapter list.
 */
function titleOnNextLine(
  line: MaskedLine,
  next: MaskedLine,
  afterNext: MaskedLine | undefined,
  previous: number,
): boolean {
  const text = next.masked.trim();
  if (!text || text.length > MAX_TITLE_LINE || HAS_PLACEHOLDER.test(text)) return false;
  if (findTimestampCandidates(text).length > 0) return false;
  const chain = chainTimestamps(findTimestampCandidates(line.masked), previous);
  if (chain.at(-1)?.end !== line.masked.trimEnd().length) return false;
  if (chain.length === 1) {
    if (/\p{L}/u.test(line.masked.slice(0, chain[0]!.start))) return false;
    return previous >= 0 || startsWithTimestamp(afterNext?.masked ?? "");
  }
  return startsWithTimestamp(line.masked) || chain.length >= 3;
}

/** The last chapter time read on `text` after `previous`, or `previous`. */
function lastTimeOn(text: string, previous: number): number {
  return chainTimestamps(findTimestampCandidates(text), previous).at(-1)?.seconds ?? previous;
}

function withinDuration(
  chapters: ChapterRecord[],
  duration: number | undefined,
  file: string,
  line: number,
  issues: Issue[],
): ChapterRecord[] {
  if (duration === undefined) return chapters;
  const kept = chapters.filter((chapter) => chapter.start < duration);
  if (kept.length < chapters.length) {
    issues.push({
      file,
      line,
      severity: "warning",
      code: "chapter-after-end",
      message: `${chapters.length - kept.length} chapter(s) after the episode's end (${formatDuration(duration)}) left out`,
    });
  }
  return kept;
}

function info(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "info", code, message };
}
