// The URLs of an episode body: each is masked as one private-use character, so that no chapter or
// sentence rule can cut through it, and becomes a link labelled with the words next to it and
// classified with the show's rules. The masked lines go on to the chapter and description rules.
import { classifyLink, linkKey, type ShowLinkRules } from "@/lib/catalog/links";
import type { LinkRecord } from "@/lib/catalog/schema";
import { segmentUrls } from "@/lib/catalog/urls";
import { youtubeVideo } from "@/lib/catalog/youtube";
import type { SourceLine } from "./body";
import { splitGlued } from "./glue";
import { startsWithTimestamp } from "./timestamps";

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
 * maskLine({ text: "RCA here https://aws.amazon.com/message/101925/.", number: 4 }, urls) ->
 *   { masked: "RCA here \ue000.", number: 4 }, with the URL appended to `urls` (its index is the character).
 */
export function maskLine(line: SourceLine, allUrls: FoundUrl[]): MaskedLine {
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
    if (code > PLACEHOLDER_LAST) {
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
