// The podcast feed: RSS 2.0 with the itunes, podcast (Podcasting 2.0) and atom namespaces, built with
// xmlbuilder2 from plain values. Pure: no database, no env; app/shows/[show]/feed.xml/route.ts feeds it
// one show's channel and episodes.
import { create } from "xmlbuilder2";

export const ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd";
export const PODCAST_NS = "https://podcastindex.org/namespace/1.0";
export const ATOM_NS = "http://www.w3.org/2005/Atom";

export type FeedChannel = {
  title: string;
  /** The show's page on the site. */
  link: string;
  description: string;
  author: string | null;
  /** Square PNG/JPG artwork, 1400–3000 px. */
  imageUrl: string;
  /** This feed's own URL, for atom:link rel="self". */
  feedUrl: string;
  language?: string;
};

export type FeedItem = {
  /** Stable across rebuilds; not a URL. */
  guid: string;
  title: string;
  /** The episode page. */
  link: string;
  description: string;
  publishedAt: Date | null;
  durationSeconds: number | null;
  /** JSON chapters URL, or null when the episode has no chapters. */
  chaptersUrl: string | null;
  /** The episode's audio file (from an imported feed's enclosure); length 0 when unknown. */
  audio?: { url: string; type: string; length: number };
};

/** feedAudio({ audioUrl: "https://x/a.mp3", audioType: null, audioLength: null }) -> { url, type: "audio/mpeg", length: 0 } */
export function feedAudio(episode: {
  audioUrl: string | null;
  audioType: string | null;
  audioLength: number | null;
}): FeedItem["audio"] {
  if (!episode.audioUrl) return undefined;
  return { url: episode.audioUrl, type: episode.audioType ?? "audio/mpeg", length: episode.audioLength ?? 0 };
}

// Characters XML 1.0 does not allow at all, even escaped: C0 controls but tab/newline/return,
// lone surrogates and the two non-characters.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * xmlSafe("a\u0001b &lt;") -> "ab &amp;lt;": drops characters XML cannot carry and escapes every "&".
 * The builder escapes <, > and quotes, but leaves an "&" that starts something entity-like alone
 * (so a title "&lt;b&gt;" would come out as "<b>"); escaping "&" here makes every text exact.
 */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/&/g, "&amp;");
}

/** rfc822Date(new Date("2025-10-03T00:00:00Z")) -> "Fri, 03 Oct 2025 00:00:00 GMT" */
export function rfc822Date(date: Date): string {
  return date.toUTCString();
}

/** buildRss(channel, items) -> the feed document as an XML string; items keep the order given. */
export function buildRss(channel: FeedChannel, items: FeedItem[]): string {
  const rss = create({ version: "1.0", encoding: "UTF-8" }).ele("rss", {
    version: "2.0",
    "xmlns:itunes": ITUNES_NS,
    "xmlns:podcast": PODCAST_NS,
    "xmlns:atom": ATOM_NS,
  });
  const ch = rss.ele("channel");
  ch.ele("title").txt(xmlSafe(channel.title));
  ch.ele("link").txt(xmlSafe(channel.link));
  ch.ele("description").txt(xmlSafe(channel.description));
  ch.ele("language").txt(channel.language ?? "en");
  ch.ele(ATOM_NS, "atom:link", { href: xmlSafe(channel.feedUrl), rel: "self", type: "application/rss+xml" });
  // Newest known date, not the build time: the feed stays byte-identical across rebuilds.
  const newest = items
    .map((item) => item.publishedAt)
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (newest) ch.ele("pubDate").txt(rfc822Date(newest));
  if (channel.author) ch.ele(ITUNES_NS, "itunes:author").txt(xmlSafe(channel.author));
  ch.ele(ITUNES_NS, "itunes:image", { href: xmlSafe(channel.imageUrl) });
  ch.ele(ITUNES_NS, "itunes:category", { text: "Technology" });
  ch.ele(ITUNES_NS, "itunes:explicit").txt("false");
  const image = ch.ele("image");
  image.ele("url").txt(xmlSafe(channel.imageUrl));
  image.ele("title").txt(xmlSafe(channel.title));
  image.ele("link").txt(xmlSafe(channel.link));

  for (const item of items) {
    const it = ch.ele("item");
    it.ele("title").txt(xmlSafe(item.title));
    it.ele("link").txt(xmlSafe(item.link));
    it.ele("guid", { isPermaLink: "false" }).txt(xmlSafe(item.guid));
    if (item.publishedAt) it.ele("pubDate").txt(rfc822Date(item.publishedAt));
    if (item.description.trim()) it.ele("description").txt(xmlSafe(item.description));
    if (item.audio) {
      it.ele("enclosure", {
        url: xmlSafe(item.audio.url),
        length: String(Math.max(0, Math.floor(item.audio.length))),
        type: xmlSafe(item.audio.type),
      });
    }
    if (item.durationSeconds !== null && item.durationSeconds > 0) {
      it.ele(ITUNES_NS, "itunes:duration").txt(String(Math.floor(item.durationSeconds)));
    }
    if (item.chaptersUrl) {
      it.ele(PODCAST_NS, "podcast:chapters", {
        url: xmlSafe(item.chaptersUrl),
        type: "application/json+chapters",
      });
    }
  }
  return rss.end({ prettyPrint: true });
}
