// The URLs of an episode body: each is masked as one private-use character, so that no chapter or
// sentence rule can cut through it, and becomes a link labelled with the words next to it and
// classified with the show's rules. The masked lines go on to the chapter and description rules.
import { classifyLink, linkKey, type ShowLinkRules } from "@/lib/catalog/links";
import type { LinkRecord } from "@/lib/catalog/schema";
import { segmentUrls } from "@/lib/catalog/urls";
import { youtubeVideo } from "@/lib/catalog/youtube";
import type { SourceLine } from "./body";
import { splitGlued } from "./glue";
import { chainTimestamps, findTimestampCandidates, startsWithTimestamp } from "./timestamps";

/** A URL found in the text: `url` is absolute, `text` is how the source wrote it. */
export type FoundUrl = { url: string; text: string };

/** `gluedLabels[i]`: a lower-case word written against URL i with no space ("ebookhttps://"). */
export type MaskedLine = { masked: string; number: number; gluedLabels: Map<number, string> };

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_LAST = 0xf8ff;
const PLACEHOLDER = /[\ue000-\uf8ff]/g;
/** Whether a masked text holds a URL. */
export const HAS_PLACEHOLDER = /[\ue000-\uf8ff]/;
const GENERIC_LABELS = /^(links?|resources?|references?|sources?|timestamps?|mentioned videos?|here)$/i;
const MAX_LABEL = 140;
/**
 * Words that name the link after them, capitalised as a new phrase would be ("29:30 Summary Source Code
 * <url>", "Resources <url>"): written after a chapter title they start the link's label.
 */
const LINK_LABEL_AT_END =
  /(?<!\S)(?:Source [Cc]ode|Code|Resources?|Links?|References?|Slides|Repo(?:sitory)?|Docs|Documentation|Paper|Article|Blog(?: [Pp]ost)?|Git[Hh]ub|Transcript|Show [Nn]otes|Read [Mm]ore|More [Ii]nfo)\s*:?\s*$/;
/** A chapter time at the very end of a URL ("…-results-1.575271419:00"): minutes, colon, seconds. */
const TIME_AT_URL_END = /(\d{1,3}):([0-5]\d)$/;

/**
 * maskLine({ text: "RCA here https://aws.amazon.com/message/101925/.", number: 4 }, urls) ->
 *   { masked: "RCA here \ue000.", number: 4 }, with the URL appended to `urls` (its index is the character).
 */
export function maskLine(line: SourceLine, allUrls: FoundUrl[]): MaskedLine {
  let masked = "";
  // The last chapter time read so far on this line, for a time glued to the end of a URL.
  let lastTime = -1;
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
      lastTime = chainTimestamps(findTimestampCandidates(text), lastTime).at(-1)?.seconds ?? lastTime;
      return;
    }
    const code = PLACEHOLDER_BASE + allUrls.length;
    if (code > PLACEHOLDER_LAST) {
      masked += segment.text;
      if (segment.text) lastChar = segment.text.at(-1);
      return;
    }
    const glued = /(?<![A-Za-z])([a-z]{3,})$/.exec(segments[index - 1]?.text ?? "");
    if (glued) gluedLabels.set(allUrls.length, glued[1]!);
    const next = segments[index + 1];
    const split = splitTrailingTime(segment, lastTime, next?.kind === "text" ? next.text : "");
    allUrls.push({ url: split.url, text: split.text });
    if (split.time) {
      masked += (lastChar !== undefined && !/[\s(]/.test(lastChar) ? " " : "") + String.fromCharCode(code);
      masked += ` ${split.time}`;
      lastChar = split.time.at(-1);
      lastTime = split.seconds;
      return;
    }
    const after = next?.text.at(0);
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

/**
 * A chapter time glued to the end of a URL, split off when it continues the line's chapter order and a
 * title follows ("…: https://x.ca/a-1.575271419:00: Saudi …" -> "https://x.ca/a-1.5752714" + "19:00").
 * Two digits of minutes unless order needs fewer or more, as for any glued time.
 */
function splitTrailingTime(
  segment: { text: string; url: string },
  lastTime: number,
  following: string,
): { text: string; url: string; time?: string; seconds: number } {
  const kept = { text: segment.text, url: segment.url, seconds: lastTime };
  const match = lastTime >= 0 ? TIME_AT_URL_END.exec(segment.text) : null;
  if (!match || !/^[\s:\-–—]*\p{L}/u.test(following)) return kept;
  // Only inside the path: a port ("host:8080") or the host itself is never cut.
  const pathStart = segment.text.indexOf("/", segment.text.indexOf("//") + 2);
  if (pathStart < 0 || match.index <= pathStart + 1) return kept;
  const digits = match[1]!;
  const readings = [2, 1, 3]
    .filter((length) => length <= digits.length)
    .map((length) => ({ length, seconds: Number(digits.slice(-length)) * 60 + Number(match[2]) }));
  const reading = readings.find((candidate) => candidate.seconds > lastTime);
  if (!reading) return kept;
  const cut = segment.text.length - match[2]!.length - 1 - reading.length;
  const text = segment.text.slice(0, cut);
  const url = segment.url.slice(0, segment.url.length - (segment.text.length - cut));
  if (!URL.canParse(url)) return kept;
  return { text, url, time: segment.text.slice(cut), seconds: reading.seconds };
}

/** unmask("RCA here \ue000.", urls) -> "RCA here https://aws.amazon.com/message/101925/." (as the source wrote it) */
export function unmask(masked: string, urls: FoundUrl[]): string {
  return masked.replace(PLACEHOLDER, (char) => urls[char.charCodeAt(0) - PLACEHOLDER_BASE]?.text ?? char);
}

/** The links of a masked body, one per URL (the same URL twice is one link, labelled when either is). */
export function collectLinks(masked: MaskedLine[], allUrls: FoundUrl[], rules: ShowLinkRules): LinkRecord[] {
  const links: LinkRecord[] = [];
  masked.forEach((line, index) => {
    const previous = masked[index - 1];
    const onlyUrl = line.masked.replace(PLACEHOLDER, "").trim() === "";
    for (const match of line.masked.matchAll(PLACEHOLDER)) {
      const urlIndex = match[0].charCodeAt(0) - PLACEHOLDER_BASE;
      const url = allUrls[urlIndex]!.url;
      const gluedLabel = line.gluedLabels.get(urlIndex);
      let label = gluedLabel
        ? cleanLabel(gluedLabel)
        : labelBefore(line.masked.slice(0, match.index), rules.promoPhrases);
      if (label === null && onlyUrl && previous) label = labelFromPreviousLine(previous.masked);
      const kind = classifyLink(url, label, rules);
      const video = youtubeVideo(url);
      links.push({
        url,
        kind,
        label,
        ...(video ? { youtubeId: video.id } : {}),
        ...(video?.startSeconds !== undefined ? { startSeconds: video.startSeconds } : {}),
      });
    }
  });
  return dedupeLinks(links);
}

/** The words right before a link on its line: "RCA here", "Cloudflare blog", or null. */
function labelBefore(textBefore: string, promoPhrases: readonly RegExp[]): string | null {
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
  const promo = promoPhrases.map((phrase) => phrase.exec(text)).find((match) => match !== null);
  if (promo) return cleanLabel(text.slice(promo.index));
  const pieces = splitGlued(text.trim());
  // Right after a chapter time with nothing glued on, the words are the chapter's title, not a label,
  // unless they end with words naming the link ("29:30 Summary Source Code").
  if (cut >= 0 && cut === boundaries[2] && pieces.length < 2) {
    const label = trailingLinkLabel(text);
    return label > 0 ? cleanLabel(text.slice(label)) : null;
  }
  return cleanLabel(pieces.at(-1) ?? "");
}

/**
 * Where words naming a link start at the end of `text` (the text before that link), or -1:
 * trailingLinkLabel("29:30 Summary Source Code ") -> 14.
 */
export function trailingLinkLabel(text: string): number {
  // Labels are short: look at the last few dozen characters only.
  const from = Math.max(0, text.length - 40);
  const match = LINK_LABEL_AT_END.exec(text.slice(from));
  if (!match || (match.index === 0 && from > 0 && /\S/.test(text[from - 1]!))) return -1;
  return from + match.index;
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
    if (code >= PLACEHOLDER_BASE && code <= PLACEHOLDER_LAST) return index;
  }
  return -1;
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index + match[0].length - 1;
  return last;
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
