// The chapters on one masked line of an episode body: a chapter line ("0:00 Intro"), or a chapter list
// glued into prose ("…enjoy it0:00 Intro1:30 Synchronous vs Asynchronous calls3:00 …"). What is not a
// chapter (the prose before, URLs and promotions after a title) is handed back for the description.
import type { ChapterRecord, Issue } from "@/lib/catalog/schema";
import { formatDuration } from "@/lib/catalog/time";
import { splitGlued } from "./glue";
import { wordCount } from "./lines";
import { HAS_PLACEHOLDER, trailingLinkLabel, type MaskedLine } from "./links";
import {
  chainTimestamps,
  findTimestampCandidates,
  startsWithTimestamp,
  zeroReading,
  type Timestamp,
} from "./timestamps";

/** Words that head a chapter list: "Timestamps", "Chapters", "Episode Timetags", "Time codes". */
const HEADING_WORDS = String.raw`(?:[Tt]ime[ -]?(?:[Ss]tamps?|[Tt]ags?|[Cc]odes?|[Ll]ine)|[Cc]hapters?(?: [Ll]ist| [Mm]arkers)?|[Oo]utline|[Cc]ontents|[Tt]able of [Cc]ontents|TIME ?STAMPS|CHAPTERS)`;
/** A chapter-list heading alone on a line ("Timestamps:", "Episode chapters"). */
const CHAPTER_HEADING = new RegExp(String.raw`^(?:\p{L}+ )?${HEADING_WORDS}\s*:?$`, "u");

/**
 * A line heading the chapter list right below it: the words above ("Timestamps:", "Episode
 * chapters"), or in any language a short label ending in a colon ("Capítulos:", "本期时间轴：").
 */
export function isListHeading(text: string): boolean {
  if (CHAPTER_HEADING.test(text)) return true;
  return (
    /[:：]$/u.test(text) && text.length <= 30 && wordCount(text) <= 4 && !/[\d\ue000-\uf8ff]/u.test(text)
  );
}
/**
 * The same heading glued to the end of the prose before the list, as a sentence of its own
 * ("…Tarboush form.Episode Timetags:"); "I love chapters" is prose.
 */
const GLUED_HEADING = new RegExp(
  String.raw`(?:^|(?<=[.!?;)]\s*))(?:\p{Lu}\p{Ll}* )?${HEADING_WORDS}\s*:?\s*$`,
  "u",
);

/**
 * What separates list items on one line: "⁃" (indent bullet, "Virtual Memory ⁃ ⁃ 8:00 MMU") and a
 * "*" or "•" standing alone between spaces ("… kernel. * 0:00 Intro * 4:00 Virtual memory * Abstraction").
 */
const ITEM_BULLET = /\u2043|(?<!\S)[*•](?!\S)/;
/**
 * How people ask for support, anywhere: the label of a support link, glued after a chapter title
 * ("45:20 Multiple Single Threaded Backend Buy me a coffee") when its link was dropped or sits apart.
 */
const SUPPORT_CALLS = [
  /\bbuy me a coffee\s*[:!]?\s*$/i,
  /\bsupport (?:the|this|my|our) (?:show|podcast|channel|work)\s*[:!]?\s*$/i,
  /\bbecome a (?:patron|member|supporter|sponsor)\s*[:!]?\s*$/i,
];

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
  // "… nobody wrote down. [00:00] Recap": the bracket opening the first time is not the description's.
  let prefix = trimTrailingBullets(text.slice(0, chain[0]!.start)).replace(OPENING_BRACKET_END, "");
  const heading = trailingHeading(prefix);
  if (heading >= 0) {
    issues.push({
      file,
      line: line.number,
      severity: "info",
      code: "chapter-heading",
      message: `heading "${prefix.slice(heading).trim()}" above the chapter list; left out`,
    });
    prefix = prefix.slice(0, heading);
  }
  // "…曲子。【时间轴】00:00 开场": a bracketed label right before the first time heads the list.
  const label = /[【[]\s*[^【】[\]\d]{1,16}\s*[】\]]\s*$/u.exec(prefix);
  if (label) {
    issues.push({
      file,
      line: line.number,
      severity: "info",
      code: "chapter-heading",
      message: `heading "${label[0].trim()}" above the chapter list; left out`,
    });
    prefix = prefix.slice(0, label.index);
  }
  if (!chapterLine && prefix.trim()) description.push(prefix);
  const trailing: string[] = [];
  const glued = chain.length >= 2;
  const chapters: ChapterRecord[] = [];
  chain.forEach((stamp, index) => {
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
          `chapter at ${formatDuration(stamp.seconds)} has no title; not a chapter`,
        ),
      );
      return;
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
    chapters.push({ start: stamp.seconds, title: parsed.title, subpoints: parsed.subpoints });
  });
  // A time with no title ("22:55" alone under a title is a duration) is no chapter: the line stays text.
  if (chapters.length === 0) return { chapters, description: [text] };
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
  let body = trimTrailingBullets(raw.replace(TIME_SEPARATOR_START, ""));
  const leftover: string[] = [];

  const urlAt = body.search(HAS_PLACEHOLDER);
  if (urlAt >= 0) {
    leftover.push(body.slice(urlAt));
    body = body.slice(0, urlAt);
    // "29:30 Summary Source Code <url>": the words naming the link are its label, not the title's.
    const label = trailingLinkLabel(body);
    if (label > 0 && body.slice(0, label).trim()) {
      leftover.unshift(body.slice(label));
      body = body.slice(0, label);
    }
    // "41:05 Listener mailbag. Parts list: <url>": a sentence labelling the link ends the title.
    const sentence = /^(.*?\p{Ll}{2}[.!?])\s+\p{Lu}[^.!?]*:\s*$/u.exec(body);
    if (sentence?.[1]) {
      leftover.unshift(body.slice(sentence[1].length));
      body = sentence[1].replace(/\.$/, "");
    }
  }
  const promo = earliestPromo(body, [...promoPhrases, ...SUPPORT_CALLS]);
  if (promo >= 0) {
    leftover.unshift(body.slice(promo));
    body = body.slice(0, promo);
  }

  const [head = "", ...bullets] = body.split(ITEM_BULLET);
  const bulletItems = bullets.map(cleanText).filter(Boolean);
  const emptyBullets = bullets.length - bulletItems.length;

  let title = cleanTitleText(head);
  let subpoints: string[] = [];
  if (glued) {
    const pieces = splitGlued(head).map(cleanTitleText).filter(Boolean);
    title = pieces[0] ?? "";
    if (isLast) leftover.unshift(...pieces.slice(1));
    else subpoints = pieces.slice(1);
  }
  subpoints = splitWordLists([...subpoints.map(cleanText), ...bulletItems]);
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
  // Counted once, not per item: a line of many bullets stays linear.
  const multiWord = subpoints.filter((item) => item.includes(" ")).length;
  return subpoints.flatMap((item) => {
    const words = item.split(" ");
    const othersSingle = subpoints.length > 1 && multiWord - (item.includes(" ") ? 1 : 0) === 0;
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

/**
 * A line of prose ending with the heading of the chapter list below it ("… Only two arrived home.
 * Chapters:"): the prose without the heading, and the heading. Null when the line does not end so.
 */
export function cutGluedHeading(text: string): { text: string; heading: string } | null {
  const at = trailingHeading(text);
  if (at <= 0) return null;
  return { text: text.slice(0, at).trimEnd(), heading: text.slice(at).trim() };
}

/** Where a chapter-list heading starts at the end of `prefix`, or -1 (only the last characters are read). */
function trailingHeading(prefix: string): number {
  const from = Math.max(0, prefix.length - 60);
  const match = GLUED_HEADING.exec(prefix.slice(from));
  if (!match || (match.index === 0 && from > 0 && /[\p{L}\d]/u.test(prefix[from - 1]!))) return -1;
  return from + match.index;
}

/**
 * Bullets and spaces at the end of a piece open the next item ("Virtual Memory ⁃ ⁃ 8:00 MMU"), so they
 * are not part of this one. A backwards scan, not a `$`-anchored regex: linear on long space runs.
 */
function trimTrailingBullets(value: string): string {
  let end = value.length;
  while (end > 0) {
    const char = value[end - 1]!;
    const bullet =
      char === "\u2043" || ((char === "*" || char === "•") && (end === 1 || /\s/.test(value[end - 2]!)));
    if (!bullet && !/\s/.test(char)) break;
    end -= 1;
  }
  return value.slice(0, end);
}

/** Spaces collapsed; a title keeps its punctuation as written ("run , unused"). */
function cleanTitleText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * What closes a chapter's time and separates it from the title: "(02:15) Intro", "[00:00] Recap",
 * "【00:00】オープニング", "0:00〜 はじめに" ("from 0:00"), "1:10 - Rogue waves", "04:20: 'Syriana'".
 */
const TIME_SEPARATOR_START = /^[\s\])}】）〕」』\-–—:：|｜.〜～~·▶►▸]+/u;
/** What opens the next chapter's time or separates the next item: "Intro (", "開場｜", "Recap · ", "오프닝 ▶". */
const TITLE_SEPARATOR_END = /[\s\-–—|｜:：,，、·▶►▸([{【（〔「『]+$/u;
/** The bracket that opens the first chapter's time, at the end of the text before it. */
const OPENING_BRACKET_END = /[([{【（〔]\s*$/u;

/** "Intro (" before "(02:15) …" loses the bracket that opens the next chapter's time. */
function cleanTitle(value: string): string {
  // "Los garbanzos de Manoli 21:4" (the page cut the next time short): the broken time goes.
  return value
    .replace(/\s+\d{1,2}:\d?$/, "")
    .replace(TITLE_SEPARATOR_END, "")
    .trim();
}

function warning(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "warning", code, message };
}
