// The chapters on one masked line of an episode body: a chapter line ("0:00 Intro"), or a chapter list
// glued into prose ("…enjoy it0:00 Intro1:30 Synchronous vs Asynchronous calls3:00 …"). What is not a
// chapter (the prose before, URLs and promotions after a title) is handed back for the description.
import type { ChapterRecord, Issue } from "@/lib/catalog/schema";
import { formatDuration } from "@/lib/catalog/time";
import { splitGlued } from "./glue";
import { HAS_PLACEHOLDER, type MaskedLine } from "./links";
import {
  chainTimestamps,
  findTimestampCandidates,
  startsWithTimestamp,
  zeroReading,
  type Timestamp,
} from "./timestamps";

const HYPHEN_BULLET = "\u2043";

export type LineChapters = { chapters: ChapterRecord[]; description: string[] };

/**
 * extractChapters({ masked: "1:30 TLB⁃ hits⁃ misses", number: 4, … }, 0, "000.txt", issues, []) ->
 *   { chapters: [{ start: 90, title: "TLB", subpoints: ["hits", "misses"] }], description: [] }
 * `previous` is the start of the chapter before (-1 for none): chapter times strictly increase.
 */
export function extractChapters(
  line: MaskedLine,
  previous: number,
  file: string,
  issues: Issue[],
  promoPhrases: readonly RegExp[],
): LineChapters {
  const text = line.masked;
  const candidates = findTimestampCandidates(text);
  if (candidates.length === 0) return { chapters: [], description: [text] };

  const chapterLine = startsWithTimestamp(text);
  let chain: Timestamp[] = [];
  if (chapterLine) {
    chain = chainTimestamps(candidates, previous);
    if (chain[0]?.end !== candidates[0]!.end) {
      const first = candidates[0]!.natural;
      issues.push(
        warning(
          file,
          line.number,
          "chapter-order",
          `chapter time ${formatDuration(first.seconds)} is not after the previous chapter; kept as text`,
        ),
      );
      return { chapters: [], description: [text] };
    }
  } else {
    const zeroIndex = candidates.findIndex((candidate) => zeroReading(candidate) !== null);
    if (zeroIndex >= 0 && previous < 0) {
      const zero = zeroReading(candidates[zeroIndex]!)!;
      chain = [
        { start: zero.start, end: candidates[zeroIndex]!.end, seconds: 0 },
        ...chainTimestamps(candidates.slice(zeroIndex + 1), 0),
      ];
    } else {
      const loose = chainTimestamps(candidates, previous);
      if (loose.length >= 3) chain = loose;
    }
  }
  if (chain.length === 0) return { chapters: [], description: [text] };

  const description: string[] = [];
  const prefix = text.slice(0, chain[0]!.start);
  if (!chapterLine && prefix.trim()) description.push(prefix);
  const trailing: string[] = [];
  const glued = chain.length >= 2;
  const chapters = chain.map((stamp, index) => {
    const isLast = index === chain.length - 1;
    const raw = text.slice(stamp.end, chain[index + 1]?.start ?? text.length);
    const parsed = chapterFromText(raw, glued, isLast, promoPhrases);
    trailing.push(...parsed.leftover);
    if (!parsed.title) {
      issues.push(
        warning(
          file,
          line.number,
          "chapter-untitled",
          `chapter at ${formatDuration(stamp.seconds)} has no title`,
        ),
      );
    }
    if (parsed.emptyBullets > 0) {
      issues.push({
        file,
        line: line.number,
        severity: "info",
        code: "empty-bullets",
        message: `${parsed.emptyBullets} empty bullet(s) after chapter ${formatDuration(stamp.seconds)} left out`,
      });
    }
    return { start: stamp.seconds, title: parsed.title || "Untitled chapter", subpoints: parsed.subpoints };
  });
  description.push(...trailing);
  return { chapters, description };
}

type ChapterText = { title: string; subpoints: string[]; leftover: string[]; emptyBullets: number };

/** The text after one timestamp -> title, sub-points, and text that belongs to the description. */
function chapterFromText(
  raw: string,
  glued: boolean,
  isLast: boolean,
  promoPhrases: readonly RegExp[],
): ChapterText {
  let body = raw.replace(/^[\s\])\-–—:|.]+/, "");
  const leftover: string[] = [];

  const urlAt = body.search(HAS_PLACEHOLDER);
  if (urlAt >= 0) {
    leftover.push(body.slice(urlAt));
    body = body.slice(0, urlAt);
  }
  const promo = earliestPromo(body, promoPhrases);
  if (promo >= 0) {
    leftover.unshift(body.slice(promo));
    body = body.slice(0, promo);
  }

  const [head = "", ...bullets] = body.split(HYPHEN_BULLET);
  const bulletItems = bullets.map(cleanText).filter(Boolean);
  const emptyBullets = bullets.length - bulletItems.length;

  let title = cleanText(head);
  let subpoints: string[] = [];
  if (glued) {
    const pieces = splitGlued(head).map(cleanText).filter(Boolean);
    title = pieces[0] ?? "";
    if (isLast) leftover.unshift(...pieces.slice(1));
    else subpoints = pieces.slice(1);
  }
  subpoints = splitWordLists([...subpoints, ...bulletItems]);
  return { title: cleanTitle(title), subpoints, leftover, emptyBullets };
}

/** Where the first promotion starts after the beginning of `text`, or -1. */
function earliestPromo(text: string, promoPhrases: readonly RegExp[]): number {
  const positions = promoPhrases.map((phrase) => text.search(phrase)).filter((position) => position > 0);
  return positions.length ? Math.min(...positions) : -1;
}

/**
 * Sub-points glued as single words ("Text/code Data BSS", "Heap", "Stack"): when every other
 * sub-point is one word, a run of capitalised words is a run of items.
 */
function splitWordLists(subpoints: string[]): string[] {
  return subpoints.flatMap((item, index) => {
    const words = item.split(" ");
    const others = subpoints.filter((_, other) => other !== index);
    const othersSingle = others.length > 0 && others.every((other) => !other.includes(" "));
    if (words.length > 1 && words.length <= 4 && othersSingle && words.every((word) => /^[A-Z]/.test(word))) {
      return words;
    }
    return [item];
  });
}

function cleanText(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .replace(/\s+([,;])/g, "$1")
    .trim();
}

function cleanTitle(value: string): string {
  return value.replace(/[\s\-–—|:,]+$/, "").trim();
}

function warning(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "warning", code, message };
}
