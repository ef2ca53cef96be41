// Finds URLs in a line of scraped text and separates them from the words they are glued to:
// chains like "…cc#76https://issues…", labels like "paperbackhttps://amzn.to/…ebookhttps://…",
// hosts run into the next word ("https://oscourse.winktls is brilliant"), and bare domains
// ("www.buymeacoffee.com/hnasr") kept as written in the text.
import { AMBIGUOUS_BARE_TLDS, COMMON_TLDS } from "./tlds";

export type Segment = { kind: "text"; text: string } | { kind: "url"; text: string; url: string };

/** Words that commonly label a link and may be glued to it ("ebookhttps://…"). */
const LABEL_WORDS = new Set([
  "ebook",
  "paperback",
  "hardcover",
  "kindle",
  "audiobook",
  "slides",
  "video",
  "videos",
  "blog",
  "article",
  "paper",
  "pdf",
  "code",
  "repo",
  "here",
  "link",
  "links",
  "source",
  "github",
  "podcast",
  "spotify",
  "apple",
  "udemy",
  "course",
  "discord",
  "twitter",
  "linkedin",
  "medium",
]);

/**
 * Real TLDs that begin with a listed one ("community" = "com" + "munity"): a host ending in one is whole,
 * never a shorter host glued to the next word. Not exhaustive; the common ones.
 */
// prettier-ignore
const TLDS_WITH_LISTED_PREFIX = new Set([
  "coach", "coffee", "college", "community", "company", "computer", "condos", "construction", "consulting",
  "contact", "contractors", "cooking", "cool", "coop", "country", "coupons", "courses", "meet", "meme",
  "memorial", "men", "menu", "inc", "industries", "ink", "institute", "insurance", "insure",
  "international", "investments", "cafe", "cam", "camera", "camp", "capital", "car", "cards", "care",
  "career", "careers", "cars", "casa", "cash", "casino", "catering", "cheap", "christmas", "church",
  "deal", "deals", "degree", "delivery", "dental", "dentist", "design", "today", "tools", "tours", "town",
  "toys", "solar", "solutions", "shoes", "shopping", "show", "security", "services", "productions",
  "promo", "properties", "property", "photo", "photography", "photos", "place", "plumbing", "plus",
  "sale", "salon", "graphics", "gratis", "green", "group", "global", "gallery", "game", "games", "garden",
  "film", "finance", "financial", "fish", "fit", "fitness", "beauty", "beer", "best", "bike", "bingo",
  "bio", "art", "attorney", "auction", "audio", "auto", "technology", "trade", "training", "land", "law",
  "lawyer", "ltd", "luxury", "education", "estate", "claims", "cleaning", "click", "clinic", "clothing",
  "immo", "rodeo", "rugby", "website", "works",
]);

// URL characters (RFC 3986 plus letters and digits of any script); emoji and quotes end a URL.
const SCHEME_URL = /https?:\/\/[\w\-.~:/?#[\]@!$&()*+,;=%\p{L}\p{N}]+/giu;
const SCHEME_START = /https?:\/\//gi;
const BARE_DOMAIN =
  /(?<![\w@./:\\-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?![a-z0-9-]))(\/[\w\-.~:/?#[\]@!$&()*+,;=%\p{L}\p{N}]*)?/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'"’”»)\]]$/;

/**
 * segmentUrls("RCA here https://aws.amazon.com/message/101925/.") ->
 *   [{ text: "RCA here " }, { url: "https://aws.amazon.com/message/101925/" }, { text: "." }]
 */
export function segmentUrls(line: string): Segment[] {
  // The label vocabulary matters only before and inside scheme URLs.
  const vocabulary = line.includes("://") ? collectVocabulary(line) : LABEL_WORDS;
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of line.matchAll(SCHEME_URL)) {
    const start = match.index;
    pushText(segments, line.slice(cursor, start), vocabulary, true);
    for (const piece of splitSchemeChain(match[0], vocabulary)) {
      segments.push(...piece);
    }
    cursor = start + match[0].length;
  }
  pushText(segments, line.slice(cursor), vocabulary, false);
  return mergeAdjacentText(segments);
}

/** Splits "a https://x.com/1https://y.com/2" chains and cleans each URL's end. */
function splitSchemeChain(raw: string, vocabulary: Set<string>): Segment[][] {
  const starts = [...raw.matchAll(SCHEME_START)].map((m) => m.index);
  const result: Segment[][] = [];
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? raw.length;
    let chunk = raw.slice(start, end);
    let trailingLabel = "";
    const glued = index < starts.length - 1;
    if (glued) {
      // "…/4cKfZheebook" glued to the next URL: "ebook" labels the next link.
      const label = gluedLabelSuffix(chunk, vocabulary);
      if (label) {
        chunk = chunk.slice(0, -label.length);
        trailingLabel = label;
      }
    }
    result.push([...cleanUrl(chunk), ...(trailingLabel ? [text(trailingLabel)] : [])]);
  });
  return result;
}

/** Trims trailing punctuation and a word glued onto a bare host; returns url + leftover text. */
function cleanUrl(chunk: string, scheme = ""): Segment[] {
  let url = chunk;
  let rest = "";
  while (url.length > 0 && TRAILING_PUNCTUATION.test(url)) {
    const last = url.at(-1)!;
    if (last === ")" && count(url, "(") >= count(url, ")")) break;
    rest = last + rest;
    url = url.slice(0, -1);
  }
  const hostFix = splitGluedHost(url);
  if (hostFix) {
    url = hostFix.url;
    rest = hostFix.rest + rest;
  }
  if (!isValidUrl(scheme + url)) return [text(chunk)];
  return [{ kind: "url", text: url, url: scheme + url }, ...(rest ? [text(rest)] : [])];
}

/** "https://oscourse.winktls" -> { url: "https://oscourse.win", rest: "ktls" }; null if fine. */
function splitGluedHost(url: string): { url: string; rest: string } | null {
  const match = /^(https?:\/\/)([^/?#]+)$/i.exec(url);
  if (!match) return null;
  const host = match[2]!;
  const labels = host.split(".");
  const last = labels.at(-1)!.toLowerCase();
  if (labels.length < 2 || COMMON_TLDS.has(last) || TLDS_WITH_LISTED_PREFIX.has(last)) return null;
  const tld = [...COMMON_TLDS]
    .filter((candidate) => last.startsWith(candidate) && /^[a-z]+$/.test(last.slice(candidate.length)))
    .sort((a, b) => b.length - a.length)[0];
  if (!tld) return null;
  const cut = url.length - (last.length - tld.length);
  return { url: url.slice(0, cut), rest: url.slice(cut) };
}

function pushText(segments: Segment[], value: string, vocabulary: Set<string>, beforeUrl: boolean) {
  if (!value) return;
  // A word glued to a following scheme URL, e.g. "ebookpaperback" before "https://": split off
  // the label word the line uses elsewhere ("paperback").
  const gluedTail = beforeUrl ? /([A-Za-z]{6,})$/.exec(value) : null;
  let body = value;
  let tail = "";
  if (gluedTail) {
    const word = gluedTail[1]!;
    const suffix = longestVocabularySuffix(word, vocabulary);
    // Only lower-case joins ("ebookpaperback"); "SummaryLinks" is split later by the camel-case rules.
    if (suffix && word.length - suffix.length >= 3 && /^[a-z]/.test(suffix)) {
      body = value.slice(0, -suffix.length) + " ";
      tail = suffix;
    }
  }
  segments.push(...splitBareDomains(body));
  if (tail) segments.push(text(tail));
}

function splitBareDomains(value: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of value.matchAll(BARE_DOMAIN)) {
    const [whole, host, tldRaw, path] = match as unknown as [string, string, string, string?];
    const tld = tldRaw.toLowerCase();
    const hasWww = /^www\./i.test(host);
    if (!COMMON_TLDS.has(tld)) continue;
    if (AMBIGUOUS_BARE_TLDS.has(tld) && !hasWww && !path) continue;
    // "github.com" in a sentence names a site; "backend.husseinnasser.com" or a lone domain is a link.
    const standsAlone = value.trim() === whole;
    if (!hasWww && !path && host.split(".").length < 3 && !standsAlone) continue;
    if (/^\d+(\.\d+)+$/.test(host.replace(/\.[a-z]+$/i, ""))) continue;
    const cleaned = cleanUrl(whole, "https://");
    if (cleaned[0]?.kind !== "url") continue;
    segments.push(text(value.slice(cursor, match.index)), ...cleaned);
    cursor = match.index + whole.length;
  }
  segments.push(text(value.slice(cursor)));
  return segments.filter((segment) => segment.text !== "");
}

function gluedLabelSuffix(chunk: string, vocabulary: Set<string>): string | null {
  const tail = /[A-Za-z0-9]([a-z]{3,})$/.exec(chunk);
  if (!tail) return null;
  return longestVocabularySuffix(tail[1]!, vocabulary);
}

function longestVocabularySuffix(word: string, vocabulary: Set<string>): string | null {
  const lower = word.toLowerCase();
  for (let start = 1; start <= lower.length - 3; start += 1) {
    const candidate = lower.slice(start);
    if (vocabulary.has(candidate)) return word.slice(start);
  }
  return null;
}

function collectVocabulary(line: string): Set<string> {
  const words = new Set(LABEL_WORDS);
  for (const match of line.replace(SCHEME_URL, " ").matchAll(/(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])/g)) {
    words.add(match[0].toLowerCase());
  }
  return words;
}

function isValidUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { hostname } = new URL(url);
  if (!hostname.includes(".")) return false;
  const tld = hostname.split(".").at(-1)!;
  return /^[a-z]{2,}$/i.test(tld) || /^\d+$/.test(tld);
}

function mergeAdjacentText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (segment.kind === "text" && previous?.kind === "text") {
      previous.text += segment.text;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged.filter((segment) => segment.kind === "url" || segment.text !== "");
}

function text(value: string): Segment {
  return { kind: "text", text: value };
}

function count(value: string, char: string): number {
  return value.split(char).length - 1;
}
