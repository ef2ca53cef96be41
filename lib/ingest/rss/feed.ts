// parseFeed(xml, file, readRelated): an RSS 2.0 podcast feed (itunes and podcast namespaces) ->
// the same ParseResult the text parser gives, so merge, facts, topics and search treat feed items
// like any other episode. Pure: referenced chapters files come through `readRelated`, nothing is fetched.
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { classifyLink, NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";
import { parseBody } from "@/lib/ingest/text/body";
import {
  parseResultSchema,
  type AudioRecord,
  type ChapterRecord,
  type Issue,
  type ParsedEpisode,
  type ParseResult,
  type ShowRecord,
} from "@/lib/catalog/schema";
import { parseItunesDuration, parseJsonChapters, parseRfc822Date } from "./fields";
import { decodeEntities } from "@/lib/catalog/html-entities";
import { htmlToText } from "./html";

/** Reads a file of the same sources folder by its path there ("chapters/ep1.json"), or null. */
export type ReadRelated = (relativePath: string) => string | null;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === "item",
});

/** The text of an element, whether it carries attributes or not; the first when repeated. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return null;
}

function attributeOf(value: unknown, name: string): string | null {
  if (Array.isArray(value)) return attributeOf(value[0], name);
  if (!value || typeof value !== "object") return null;
  const attribute = (value as Node)[`@_${name}`];
  return typeof attribute === "string" && attribute.trim() ? attribute.trim() : null;
}

/** 1-based line of each opening `<name` tag, skipping CDATA sections and comments. */
export function elementLines(xml: string, name: string): number[] {
  const blanked = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (hidden) =>
    hidden.replace(/[^\n]/g, " "),
  );
  const lines: number[] = [];
  const pattern = new RegExp(`<${name}[\\s>/]`, "g");
  let line = 1;
  let scanned = 0;
  for (const match of blanked.matchAll(pattern)) {
    for (let index = scanned; index < match.index; index += 1)
      if (blanked.charCodeAt(index) === 10) line += 1;
    scanned = match.index;
    lines.push(line);
  }
  return lines;
}

function result(
  file: string,
  show: ShowRecord | null,
  episodes: ParsedEpisode[],
  issues: Issue[],
): ParseResult {
  return parseResultSchema.parse({ file, layout: "rss", show, episodes, boilerplateLines: 0, issues });
}

function rootName(document: Node): string | null {
  return Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#")) ?? null;
}

const AUDIO_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  mp4: "video/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/opus",
  wav: "audio/wav",
  flac: "audio/flac",
};

/**
 * parseFeed('<rss version="2.0"><channel><title>Show</title><item><title>Ep 1</title>…', "show.xml") ->
 *   { layout: "rss", show: { name: "Show" }, episodes: [{ title: "Ep 1", audio: { url, type, length } }] }
 * Malformed XML, or XML that is not an RSS feed, is one error issue with the file and line. Links in
 * descriptions are classified with `rules`, the show's own course sites, shops and promotion phrases.
 */
export function parseFeed(
  xml: string,
  file: string,
  readRelated: ReadRelated = () => null,
  rules: ShowLinkRules = NO_SHOW_RULES,
): ParseResult {
  const text = xml.replace(/^\uFEFF/, "");
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return result(
      file,
      null,
      [],
      [
        {
          file,
          line: Math.max(1, line),
          severity: "error",
          code: "feed-malformed",
          message: `malformed XML at column ${col}: ${msg}`,
        },
      ],
    );
  }
  let document: Node;
  try {
    document = parser.parse(text) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return result(file, null, [], [{ file, line: 1, severity: "error", code: "feed-malformed", message }]);
  }
  const root = rootName(document);
  const channel =
    root === "rss" ? ((document.rss as Node | undefined)?.channel as Node | undefined) : undefined;
  if (!channel || typeof channel !== "object") {
    const line = root ? (elementLines(text, root)[0] ?? 1) : 1;
    const what =
      root === "rss" ? "<rss> has no <channel>" : `root element is <${root ?? "nothing"}>, not <rss>`;
    return result(
      file,
      null,
      [],
      [{ file, line, severity: "error", code: "feed-not-rss", message: `not an RSS 2.0 feed: ${what}` }],
    );
  }

  const issues: Issue[] = [];
  const channelLink = webUrl(textOf(channel.link));
  const show: ShowRecord = {
    name: cleanLine(textOf(channel.title)),
    author: cleanLine(textOf(channel["itunes:author"])),
    description: htmlToText(textOf(channel.description) ?? textOf(channel["itunes:summary"]) ?? "") || null,
    links:
      channelLink === null
        ? []
        : [{ url: channelLink, kind: classifyLink(channelLink, null, rules), label: null }],
    artworkUrl: webUrl(
      attributeOf(channel["itunes:image"], "href") ?? textOf((channel.image as Node | undefined)?.url),
    ),
  };
  const itemLines = elementLines(text, "item");
  const items = (Array.isArray(channel.item) ? channel.item : []) as Node[];
  const episodes: ParsedEpisode[] = [];
  items.forEach((item, index) => {
    const line = itemLines[index] ?? 1;
    const episode = parseItem(item, file, line, readRelated, rules, issues);
    if (episode) episodes.push(episode);
  });
  if (items.length === 0) {
    issues.push({
      file,
      line: 1,
      severity: "warning",
      code: "feed-empty",
      message: "the feed has no <item>",
    });
  }
  return result(file, show, episodes, issues);
}

/** webUrl(" https://radio.example.org/ ") -> "https://radio.example.org/"; anything but http(s) -> null */
function webUrl(value: string | null): string | null {
  const url = value?.trim() ?? "";
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? url : null;
}

function cleanLine(value: string | null): string | null {
  const cleaned = value === null ? "" : decodeEntities(value).replace(/\s+/g, " ").trim();
  return cleaned || null;
}

function parseItem(
  item: Node,
  file: string,
  line: number,
  readRelated: ReadRelated,
  rules: ShowLinkRules,
  issues: Issue[],
): ParsedEpisode | null {
  const at = (severity: Issue["severity"], code: string, message: string) =>
    issues.push({ file, line, severity, code, message });
  const title = cleanLine(textOf(item.title));
  const html =
    textOf(item["content:encoded"]) ?? textOf(item.description) ?? textOf(item["itunes:summary"]) ?? "";
  const lines = htmlToText(html)
    .split("\n")
    .map((lineText) => ({ text: lineText, number: line }));
  const body = parseBody(lines, file, title, rules);
  issues.push(...body.issues);
  if (!title && !body.description) {
    at("warning", "feed-item-empty", "item has neither a title nor a description; left out");
    return null;
  }

  const pubDate = textOf(item.pubDate);
  let publishedAt: string | null = null;
  if (pubDate === null || !pubDate.trim()) at("info", "feed-date-missing", "item has no pubDate");
  else {
    publishedAt = parseRfc822Date(pubDate);
    if (publishedAt === null)
      at("warning", "feed-date-invalid", `pubDate "${pubDate}" is not an RFC 822 date; left out`);
  }

  const durationText = textOf(item["itunes:duration"]);
  let durationSeconds: number | null = null;
  if (durationText !== null && durationText.trim()) {
    durationSeconds = parseItunesDuration(durationText);
    if (durationSeconds === null)
      at("warning", "feed-duration-invalid", `itunes:duration "${durationText}" is not a duration; left out`);
  }

  const chapters = feedChapters(item, file, readRelated, at) ?? body.chapters;
  const link = cleanLine(textOf(item.link));
  return {
    title,
    description: body.description,
    chapters,
    links: body.links,
    source: { file, line },
    publishedAt,
    // pubDate is a full RFC 822 date and time: the day is known.
    publishedPrecision: publishedAt === null ? null : "day",
    durationSeconds,
    durationPrecision: durationSeconds === null ? null : "second",
    guid: cleanLine(textOf(item.guid)),
    link: link && URL.canParse(link) ? link : null,
    audio: enclosure(item.enclosure, at),
  };
}

function enclosure(
  value: unknown,
  at: (severity: Issue["severity"], code: string, message: string) => void,
): AudioRecord | null {
  if (value === undefined) return null;
  const url = attributeOf(value, "url");
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    at("warning", "feed-enclosure-invalid", `enclosure url "${url ?? ""}" is not an http(s) URL; left out`);
    return null;
  }
  const lengthText = attributeOf(value, "length");
  const length = lengthText !== null && /^\d+$/.test(lengthText) ? Number(lengthText) : null;
  const extension = new URL(url).pathname.split(".").at(-1)?.toLowerCase() ?? "";
  const type = attributeOf(value, "type") ?? AUDIO_TYPES[extension] ?? "application/octet-stream";
  return { url, type, length: length !== null && Number.isSafeInteger(length) ? length : null };
}

/**
 * Chapters from the item's podcast:chapters file, or null to use the description's timestamps.
 * A relative URL is a file of the same sources folder; an absolute one is looked up at its path
 * below the feed's folder (a local mirror), and otherwise recorded but not fetched.
 */
function feedChapters(
  item: Node,
  file: string,
  readRelated: ReadRelated,
  at: (severity: Issue["severity"], code: string, message: string) => void,
): ChapterRecord[] | null {
  const url = attributeOf(item["podcast:chapters"], "url");
  if (!url) return null;
  const isRemote = /^[a-z][a-z0-9+.-]*:/i.test(url);
  const relative = isRemote
    ? URL.canParse(url)
      ? decodeURIComponent(new URL(url).pathname)
      : null
    : url.split(/[?#]/)[0]!;
  const resolved =
    relative === null
      ? null
      : path.posix.normalize(path.posix.join(path.posix.dirname(file), relative.replace(/^\/+/, "")));
  const json = resolved && !resolved.startsWith("../") ? readRelated(resolved) : null;
  if (json === null) {
    if (isRemote)
      at(
        "info",
        "feed-chapters-remote",
        `chapters at ${url} are not fetched during a file import; chapters come from the description`,
      );
    else
      at(
        "warning",
        "feed-chapters-missing",
        `chapters file "${url}" is not in the sources folder; chapters come from the description`,
      );
    return null;
  }
  try {
    const parsed = parseJsonChapters(json);
    for (const problem of parsed.problems) at("warning", "feed-chapters-invalid", `${resolved}: ${problem}`);
    return parsed.chapters.length > 0 ? parsed.chapters : null;
  } catch (error) {
    at(
      "warning",
      "feed-chapters-invalid",
      `${resolved}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/**
 * referencedChapterFiles('<podcast:chapters url="ep1.chapters.json" …/>', "show.xml") -> ["ep1.chapters.json"]:
 * the local chapters files a feed refers to by a relative URL, as paths beside the feed.
 */
export function referencedChapterFiles(xml: string, file: string): string[] {
  const found = new Set<string>();
  for (const match of xml.matchAll(/<podcast:chapters\b[^>]*?\surl\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const url = decodeEntities(match[2] ?? match[3] ?? "").split(/[?#]/)[0]!;
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/")) continue;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), url));
    if (!resolved.startsWith("../")) found.add(resolved);
  }
  return [...found];
}
