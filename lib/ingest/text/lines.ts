// What each line of a pasted page looks like on its own, before any line is given a role in a record:
// a link, a chapter line, a date/duration line ("Jun 13, 2025 · 23 min"), a stats line ("481
// episodes", "• 4.9"), prose (sentences), or a short line (a title, a heading, a button). Also the
// words each line holds, for telling a title from the headings around it (./records.ts).
import { normalizeForCompare } from "@/lib/catalog/text";
import { segmentUrls } from "@/lib/catalog/urls";
import { readMeta, type MetaReading } from "./dates";
import { isTitleLike } from "./title-like";
import { findTimestampCandidates, startsWithTimestamp } from "./timestamps";

export type LineKind = "url" | "chapter" | "meta" | "stats" | "markup" | "prose" | "short";

export type PageLine = {
  /** 1-based line number in the file. */
  number: number;
  /** The line, trimmed. */
  text: string;
  /** Normalised for comparing lines with each other. */
  key: string;
  kind: LineKind;
  /** Whether a blank line comes right before it. */
  afterBlank: boolean;
  /** A short line that could be an episode title. */
  titleLike: boolean;
  /** Dates, durations and clocks on a meta line. */
  meta: MetaReading | null;
  /** Distinct lower-case words of three letters or more. */
  words: Set<string>;
};

/** How many words may label the links of a link line ("Full show notes and sources:"). */
const MAX_LINK_LABEL_WORDS = 5;
/** Leftover words a date/duration line may carry ("Published", "long", "audio available"). */
const META_LEFTOVER_WORDS = 5;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Chinese and Japanese letters: written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;
/** Every Chinese or Japanese letter of a line, for counting them. */
const CJK_LETTERS = new RegExp(CJK.source, "gu");
/** A token's runs of one script: Han characters, kana, anything else. */
const SCRIPT_RUNS =
  /\p{Script=Han}+|[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]+|[^\p{Script=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]+/gu;
const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u;
const THREE_LETTERS = /\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}/u;

/** pageLines([{ text: "Jun 13, 2025", number: 4 }, …]) -> one PageLine per non-blank line. */
export function pageLines(lines: { text: string; number: number }[]): PageLine[] {
  const result: PageLine[] = [];
  let afterBlank = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      afterBlank = true;
      continue;
    }
    result.push(readLine(text, line.number, afterBlank));
    afterBlank = false;
  }
  return result;
}

/** readLine("Kernel level TLS", 3) -> { kind: "short", titleLike: true, … } */
export function readLine(text: string, number: number, afterBlank = false): PageLine {
  const words = distinctWords(text);
  const base = { number, text, key: normalizeForCompare(text), afterBlank, words };
  const kind = kindOf(text);
  return {
    ...base,
    kind: kind.kind,
    meta: kind.meta,
    titleLike: kind.kind === "short" && isTitleLike(text) && THREE_LETTERS.test(text),
  };
}

function kindOf(text: string): { kind: LineKind; meta: MetaReading | null } {
  // Embed code shown on the page (`<a href="…"><img src="…"></a>`): markup, never text.
  if (/^<[a-z][a-z0-9]*[\s>]/i.test(text) && /<\/?[a-z][^>]*>$/i.test(text))
    return { kind: "markup", meta: null };
  if (isOnlyUrls(text)) return { kind: "url", meta: null };
  const afterTime = text.replace(/^\W*\d[\d:]*/u, "");
  if (startsWithTimestamp(text) && /\p{L}/u.test(afterTime) && !isRemark(afterTime)) {
    return { kind: "chapter", meta: null };
  }
  if (text.length <= 160) {
    const meta = readMeta(text);
    const found = meta.dates.length + meta.durations.length + meta.clocks.length;
    const leftover = wordCount(meta.leftover);
    // "Episode 11 – Logging Without Tears (Feb 18, 2024)": a title carrying its date, not a date line.
    const dateAtEnd = (meta.dates.at(-1)?.end ?? 0) >= text.replace(/[)\]\s.]+$/, "").length;
    // "SSA Form in 25 Minutes": title words around a duration, with no date, name an episode too.
    const durationOnly = meta.dates.length === 0 && meta.clocks.length === 0;
    if (found > 0 && leftover >= 3 && (dateAtEnd || durationOnly) && isTitleWords(meta.leftover)) {
      return { kind: isProse(text) ? "prose" : "short", meta };
    }
    if (found > 0 && leftover <= META_LEFTOVER_WORDS) return { kind: "meta", meta };
  }
  if (isStats(text)) return { kind: "stats", meta: null };
  return { kind: isProse(text) ? "prose" : "short", meta: null };
}

/** A line of links, each maybe with a short label: "https://x.dev", "Sources: https://…", "- Docs: https://…". */
function isOnlyUrls(text: string): boolean {
  if (!/[\p{L}\p{N}]\.\p{L}{2}/u.test(text)) return false;
  const segments = segmentUrls(text);
  if (!segments.some((segment) => segment.kind === "url")) return false;
  const label = segments
    .filter((segment) => segment.kind === "text")
    .map((segment) => segment.text)
    .join(" ");
  return wordCount(label) <= MAX_LINK_LABEL_WORDS && !/\p{Ll}{3}\.\s/u.test(label);
}

/**
 * Counts and ratings: "481 episodes", "• 4.9", "5.0 • 1 Rating", "273 Listeners", "0.5x",
 * "Subscribers: 1545", "Manage episode 488527914 series 1954062"; also lines of one or two letters ("E", "x").
 */
function isStats(text: string): boolean {
  if (!TWO_LETTERS.test(text)) return true;
  // "#111 – Chasing Sub-3 at 50": an episode's number, then its name.
  if (/^(?:#|№)\s*\d+\s*[–—:.-]\s+\p{Lu}/u.test(text)) return false;
  // "#45 醤油とみりんは1:1でいいのか" names something; "フォロワー 1,284" counts.
  if ((text.match(CJK_LETTERS) ?? []).length >= 8) return false;
  if (text.length > 100 || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  // "Two-Stroke Oil Ratios: 40:1 vs 50:1" names something; "481 episodes" counts.
  const tokens = readerWords(text);
  // A number may carry a Latin unit or suffix ("12m", "2K", "3rd"); "1982년" (a year with its Korean
  // suffix) is a word.
  const numbers = tokens.filter(
    (token) => /\d/.test(token) && !/\d[^\p{N}\p{Script=Latin}'’-]/u.test(token),
  ).length;
  const capitalised = (text.match(/(?:^|\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  if (capitalised >= 3) return false;
  const words = tokens.length - numbers;
  return numbers > 0 && (words <= 2 * numbers || (numbers >= 3 && words <= 3 * numbers)) && words <= 9;
}

/**
 * Sentences running on from a line's leading time, with no other time: a remark about a moment
 * ("19:40のあたりの話、さっそく試しました！…です。" in a comment), not a chapter. A chapter's title is set
 * off from its time ("19:40 お椀の形", "19:40〜 …", "(19:40) …").
 */
function isRemark(afterTime: string): boolean {
  return /^\p{L}/u.test(afterTime) && isProse(afterTime) && findTimestampCandidates(afterTime).length === 0;
}

/** Sentences: a long line, or one of six words or more that ends or breaks like a sentence. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  if (text.length > 140 || words >= 20) return true;
  if (words < 6) return false;
  if (!isTitleLike(text)) return true;
  // "How Does a Database Store Tables? Explained" is a title; two questions are sentences.
  // A full stop after a word of three lower-case letters or more ends a sentence; "Dr. Ines" does not.
  // "。", "！" and "？" end Chinese and Japanese sentences, with no space after them.
  const stops = (text.match(/\p{Ll}{3}\.(?=\s+\p{Lu})|[!?](?=\s+\p{Lu})|[。！？](?=.)/gu) ?? []).length;
  const sentences = stops + (/\p{Ll}{3}[.!?]$|[!?。！？]$/u.test(text) ? 1 : 0);
  if (/\.\.\.$|…$/.test(text)) return false;
  if (/\p{Ll}{3}\.(?=\s+\p{Lu})/u.test(text) || sentences >= 2) return true;
  // "Sternchen, Doppelpunkt oder gar nichts? Wir schauen auf…": a question, then more sentence.
  const lower = (text.match(/(?:^|\s)\p{Ll}/gu) ?? []).length;
  return stops >= 1 && words >= 10 && lower * 2 >= words;
}

/** Words most of which (of three letters or more) start with a capital: "Logging Without Tears". */
function isTitleWords(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  return words.length >= 2 && words.filter((word) => /^\p{Lu}/u.test(word)).length * 4 >= words.length * 3;
}

export function wordCount(text: string): number {
  return readerWords(text).length;
}

/**
 * The words lines are compared by: lower-case words of three letters or more, and in Chinese and
 * Japanese text every pair of neighbouring Han characters ("越王勾践剑" -> 越王, 王勾, 勾践, 践剑).
 */
function distinctWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.toLowerCase().match(WORD) ?? []) {
    if (!CJK.test(token)) {
      if (token.length >= 3) words.add(token);
      continue;
    }
    for (const run of token.match(/\p{Script=Han}+/gu) ?? []) {
      const characters = Array.from(run);
      for (let index = 0; index + 1 < characters.length; index += 1)
        words.add(characters[index]! + characters[index + 1]!);
    }
  }
  return words;
}

/**
 * The words of a line as a reader counts them. Chinese and Japanese are written without spaces, so a
 * token is cut where the script changes (Han, kana, digits) and Han text counts a word per two
 * characters: readerWords("#47 味噌汁はなぜ冷めにくいのか") -> ["47", "味噌", "汁", "はなぜ", "冷", "めにくいのか"].
 */
function readerWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.match(WORD) ?? []) {
    if (!CJK.test(token)) {
      words.push(token);
      continue;
    }
    for (const run of token.match(SCRIPT_RUNS) ?? []) {
      if (!/^\p{Script=Han}/u.test(run)) {
        words.push(run);
        continue;
      }
      const characters = Array.from(run);
      for (let index = 0; index < characters.length; index += 2)
        words.push(characters.slice(index, index + 2).join(""));
    }
  }
  return words;
}
