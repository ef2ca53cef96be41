// The text under an episode title -> description, chapters and links. Works line by line, for
// chapter lines ("0:00 Intro") and for chapter lists glued into prose ("…enjoy it0:00 Intro1:30
// Synchronous vs Asynchronous calls3:00 …"). Whatever is not a chapter stays in the description.
import { formatDuration } from "@/lib/catalog/time";
import { splitGlued } from "./glue";
import { classifyLink, linkKey, PROMO_PHRASES, youtubeVideo } from "@/lib/catalog/links";
import type { ChapterRecord, Issue, LinkRecord } from "@/lib/catalog/schema";
import { chainTimestamps, findTimestampCandidates, zeroReading, type Timestamp } from "./timestamps";
import { segmentUrls } from "@/lib/catalog/urls";

export type SourceLine = { text: string; number: number };

export type BodyResult = {
  description: string;
  chapters: ChapterRecord[];
  links: LinkRecord[];
  issues: Issue[];
};

/** URLs are swapped for one private-use character each, so no rule can cut through them. */
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER = /[\ue000-\uf8ff]/g;
const HAS_PLACEHOLDER = /[\ue000-\uf8ff]/;
const HYPHEN_BULLET = "\u2043";
const GENERIC_LABELS = /^(links?|resources?|references?|sources?|timestamps?|mentioned videos?|here)$/i;
const MAX_LABEL = 140;
const CHAPTER_HEADING = /^(time ?stamps|chapters|chapter list)\s*:?$/i;

/** `gluedLabels[i]`: a lower-case word written against URL i with no space ("ebookhttps://"). */
/** A URL found in the text: `url` is absolute, `text` is how the source wrote it. */
type FoundUrl = { url: string; text: string };

type MaskedLine = { masked: string; number: number; gluedLabels: Map<number, string> };

/**
 * parseBody([{ text: "0:00 Intro", number: 3 }, { text: "1:30 TLB", number: 4 }], …) ->
 *   { chapters: [{ start: 0, title: "Intro" }, { start: 90, title: "TLB" }], description: "" }
 */
export function parseBody(lines: SourceLine[], file: string, title: string | null): BodyResult {
  const issues: Issue[] = [];
  const links: LinkRecord[] = [];
  const chapters: ChapterRecord[] = [];
  const description: string[] = [];
  const allUrls: FoundUrl[] = [];
  const masked = lines.map((line) => maskLine(line, allUrls));

  masked.forEach((line, index) => {
    collectLinks(line, masked[index - 1], allUrls, links);
  });

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
    const found = extractChapters(line, chapters.at(-1)?.start ?? -1, file, issues);
    chapters.push(...found.chapters);
    description.push(...found.description);
  });

  return {
    description: finishDescription(description, allUrls),
    chapters,
    links: dedupeLinks(links),
    issues,
  };
}

function maskLine(line: SourceLine, allUrls: FoundUrl[]): MaskedLine {
  let masked = "";
  // Tracked, not read back with masked.at(-1): reading would flatten the growing string every time.
  let lastChar: string | undefined;
  const gluedLabels = new Map<number, string>();
  const segments = segmentUrls(line.text);
  segments.forEach((segment, index) => {
    if (segment.kind === "text") {
      // Private-use characters are reserved for URL placeholders here.
      const text = segment.text.replace(PLACEHOLDER, "\uFFFD");
      masked += text;
      if (text) lastChar = text.at(-1);
      return;
    }
    const code = PLACEHOLDER_BASE + allUrls.length;
    if (code > 0xf8ff) {
      masked += segment.text;
      if (segment.text) lastChar = segment.text.at(-1);
      return;
    }
    const glued = /(?<![A-Za-z])([a-z]{3,})$/.exec(segments[index - 1]?.text ?? "");
    if (glued) gluedLabels.set(allUrls.length, glued[1]!);
    allUrls.push({ url: segment.url, text: segment.text });
    const after = segments[index + 1]?.text.at(0);
    if (lastChar !== undefined && !/[\s(]/.test(lastChar)) masked += " ";
    masked += String.fromCharCode(code);
    lastChar = String.fromCharCode(code);
    if (after !== undefined && !/[\s.,;:!?)\]'"’”]/.test(after)) {
      masked += " ";
      lastChar = " ";
    }
  });
  return { masked, number: line.number, gluedLabels };
}

function collectLinks(
  line: MaskedLine,
  previous: MaskedLine | undefined,
  allUrls: FoundUrl[],
  links: LinkRecord[],
) {
  const onlyUrl = line.masked.replace(PLACEHOLDER, "").trim() === "";
  for (const match of line.masked.matchAll(PLACEHOLDER)) {
    const urlIndex = match[0].charCodeAt(0) - PLACEHOLDER_BASE;
    const url = allUrls[urlIndex]!.url;
    const gluedLabel = line.gluedLabels.get(urlIndex);
    let label = gluedLabel ? cleanLabel(gluedLabel) : labelBefore(line.masked.slice(0, match.index));
    if (label === null && onlyUrl && previous) label = labelFromPreviousLine(previous.masked);
    const kind = classifyLink(url, label);
    const video = youtubeVideo(url);
    links.push({
      url,
      kind,
      label,
      ...(video ? { youtubeId: video.id } : {}),
      ...(video?.startSeconds !== undefined ? { startSeconds: video.startSeconds } : {}),
    });
  }
}

/** The words right before a link on its line: "RCA here", "Cloudflare blog", or null. */
function labelBefore(textBefore: string): string | null {
  let text = textBefore;
  // Only the text after the previous URL can hold a later boundary: scan just that (linear per line).
  const lastUrl = lastPlaceholderIndex(text);
  const tail = text.slice(lastUrl + 1);
  const shift = (index: number) => (index < 0 ? -1 : index + lastUrl + 1);
  const boundaries = [
    lastUrl,
    shift(lastIndexOfPattern(tail, /[.!?](?=\s|[A-Z])/g)),
    shift(lastIndexOfPattern(tail, /\d+:[0-5]\d(?::[0-5]\d)?/g)),
  ];
  const cut = Math.max(...boundaries);
  if (cut >= 0) text = text.slice(cut + 1);
  const promo = PROMO_PHRASES.map((phrase) => phrase.exec(text)).find((match) => match !== null);
  if (promo) return cleanLabel(text.slice(promo.index));
  const pieces = splitGlued(text.trim());
  // Right after a chapter time with nothing glued on, the words are the chapter's title, not a label.
  if (cut >= 0 && cut === boundaries[2] && pieces.length < 2) return null;
  return cleanLabel(pieces.at(-1) ?? "");
}

function labelFromPreviousLine(previous: string): string | null {
  const text = previous.trim();
  if (!text || HAS_PLACEHOLDER.test(text) || startsWithTimestamp(text) || text.length > MAX_LABEL)
    return null;
  return cleanLabel(text);
}

function cleanLabel(raw: string): string | null {
  const label = raw
    .replace(/^[\s\-–—•*⁃:|]+/, "")
    .replace(/[\s\-–—:|]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!label || label.length > MAX_LABEL || GENERIC_LABELS.test(label)) return null;
  return label;
}

/** Index of the last URL placeholder in `text`, or -1. */
function lastPlaceholderIndex(text: string): number {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (code >= PLACEHOLDER_BASE && code <= 0xf8ff) return index;
  }
  return -1;
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index + match[0].length - 1;
  return last;
}

function startsWithTimestamp(text: string): boolean {
  return /^\s*(?:[-–•*⁃]\s*)?[[(]?\d{1,2}:[0-5]\d/.test(text);
}

type LineChapters = { chapters: ChapterRecord[]; description: string[] };

function extractChapters(line: MaskedLine, previous: number, file: string, issues: Issue[]): LineChapters {
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
    const parsed = chapterFromText(raw, glued, isLast);
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
      issues.push(
        info(
          file,
          line.number,
          "empty-bullets",
          `${parsed.emptyBullets} empty bullet(s) after chapter ${formatDuration(stamp.seconds)} left out`,
        ),
      );
    }
    return { start: stamp.seconds, title: parsed.title || "Untitled chapter", subpoints: parsed.subpoints };
  });
  description.push(...trailing);
  return { chapters, description };
}

type ChapterText = { title: string; subpoints: string[]; leftover: string[]; emptyBullets: number };

/** The text after one timestamp -> title, sub-points, and text that belongs to the description. */
function chapterFromText(raw: string, glued: boolean, isLast: boolean): ChapterText {
  let body = raw.replace(/^[\s\])\-–—:|.]+/, "");
  const leftover: string[] = [];

  const urlAt = body.search(HAS_PLACEHOLDER);
  if (urlAt >= 0) {
    leftover.push(body.slice(urlAt));
    body = body.slice(0, urlAt);
  }
  const promo = earliestPromo(body);
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

function earliestPromo(text: string): number {
  const positions = PROMO_PHRASES.map((phrase) => text.search(phrase)).filter((position) => position > 0);
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

function finishDescription(lines: string[], urls: FoundUrl[]): string {
  const text = lines
    .map((line) => spaceGluedSentences(line))
    .map((line) =>
      line.replace(PLACEHOLDER, (char) => urls[char.charCodeAt(0) - PLACEHOLDER_BASE]?.text ?? char),
    )
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** "userland.While TCP" -> "userland. While TCP"; leaves "Node.js", "8.0.38", "U.S." alone. */
export function spaceGluedSentences(text: string): string {
  return text
    .replace(/(?<=[a-z)]{2}[.!?])(?=[A-Z](?:[a-z]|[A-Z]*\b))/g, " ")
    .replace(/(?<=[A-Z]{2}[.!?])(?=[A-Z][a-z])/g, " ");
}

function dedupeLinks(links: LinkRecord[]): LinkRecord[] {
  const byKey = new Map<string, LinkRecord>();
  for (const link of links) {
    const key = linkKey(link.url);
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, link);
    else if (existing.label === null && link.label !== null)
      byKey.set(key, { ...existing, label: link.label });
  }
  return [...byKey.values()];
}

export function normalizeForCompare(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function info(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "info", code, message };
}

function warning(file: string, line: number, code: string, message: string): Issue {
  return { file, line, severity: "warning", code, message };
}
