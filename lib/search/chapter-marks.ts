// Which chapters of a found episode hold the query's words, read from its highlighted chapters column
// (laid out as lib/catalog/search-index.ts says: each chapter's title, sub-points and other spellings,
// matches marked), and which of them to list when many do. Pure.
import { CHAPTER_SEPARATOR, PART_SEPARATOR } from "@/lib/catalog/search-index";
import { MARK_CLOSE, MARK_OPEN, toHighlighted } from "./highlight";
import type { Highlighted } from "./types";

/** Chapters listed under an episode at most; when more match, the best of them. */
export const MAX_CHAPTERS = 6;
/** Words of sub-points shown when the chapter's title has none of the query's words. */
const SNIPPET_WORDS = 18;
/** Words shown before the first match in that snippet. */
const SNIPPET_LEAD = 6;

export type MarkedChapter = {
  /** Index of the chapter in the episode, from 0. */
  position: number;
  title: Highlighted;
  /** The sub-points around their first match, when the title itself has none; else null. */
  snippet: Highlighted | null;
  /** Distinct words matched, plus the share of the title they make up (below 1). */
  weight: number;
};

/**
 * splitMarked("a \u0001b\u001ec\u0002", "\u001e") -> ["a \u0001b\u0002", "\u0001c\u0002"]: a match that
 * runs over a separator (a phrase across two chapters) is closed before it and reopened after.
 */
export function splitMarked(text: string, separator: string): string[] {
  let open = false;
  return text.split(separator).map((piece) => {
    const part = open ? `${MARK_OPEN}${piece}` : piece;
    open = part.lastIndexOf(MARK_OPEN) > part.lastIndexOf(MARK_CLOSE);
    return open ? `${part}${MARK_CLOSE}` : part;
  });
}

const markedWords = (parts: Highlighted) =>
  new Set(parts.filter((part) => part.marked).map((part) => part.text.trim().toLowerCase()));

/** Little words a title is phrased with, which say nothing of what the chapter is about. */
const FILLER = new Set(
  "a an and are as at by does do for from how in is it of on or the to vs what when where why with".split(
    " ",
  ),
);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_/]+/u)
    .filter((word) => word && !FILLER.has(word));

/**
 * The share of a title's words that matched, little words left out, just below 1 at most:
 * "What is a Page fault?" for "page fault" -> 0.999, "Overview of Postgres Locks" for "locks" -> 0.333
 */
function titleShare(parts: Highlighted): number {
  const words = wordsOf(parts.map((part) => part.text).join("")).length;
  const marked = parts
    .filter((part) => part.marked)
    .reduce((sum, part) => sum + wordsOf(part.text).length, 0);
  return words === 0 ? 0 : Math.min(1, marked / words) * 0.999;
}

/** The words around the first match: "… b c \u0001d\u0002 e …" */
function snippetOf(marked: string): string {
  const words = marked.split(" ");
  const first = words.findIndex((word) => word.includes(MARK_OPEN));
  const start = Math.max(0, first - SNIPPET_LEAD);
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  return `${start > 0 ? "…" : ""}${words.slice(start, end).join(" ")}${end < words.length ? "…" : ""}`;
}

/**
 * The chapters with a match, in time (column) order, at most `max`: when more match, those with most
 * distinct words matched, then those whose title the words make up more of ("What is a Page fault?"
 * before "First access page fault"; "Advistory Locks" before "Table Lock Conflict Matrix"), the earlier
 * of equals.
 * matchingChapters("Intro\u001f\u001f\u001e\u0001TLB\u0002\u001f\u001f") ->
 *   [{ position: 1, title: [{ text: "TLB", marked: true }], snippet: null, weight: 1.999 }]
 */
export function matchingChapters(chaptersHl: string, max = MAX_CHAPTERS): MarkedChapter[] {
  if (!chaptersHl.includes(MARK_OPEN)) return [];
  const found: MarkedChapter[] = [];
  splitMarked(chaptersHl, CHAPTER_SEPARATOR).forEach((chapter, position) => {
    if (!chapter.includes(MARK_OPEN)) return;
    const [title = "", subpoints = "", variants = ""] = splitMarked(chapter, PART_SEPARATOR);
    const titleParts = toHighlighted(title);
    const words = new Set([
      ...markedWords(titleParts),
      ...markedWords(toHighlighted(subpoints)),
      ...markedWords(toHighlighted(variants)),
    ]);
    const titleMatched = title.includes(MARK_OPEN);
    const snippet =
      !titleMatched && subpoints.includes(MARK_OPEN) ? toHighlighted(snippetOf(subpoints)) : null;
    found.push({ position, title: titleParts, snippet, weight: words.size + titleShare(titleParts) });
  });
  if (found.length <= max) return found;
  return found
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, max)
    .sort((a, b) => a.position - b.position);
}
