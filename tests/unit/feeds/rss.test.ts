import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  ATOM_NS,
  buildRss,
  ITUNES_NS,
  PODCAST_NS,
  rfc822Date,
  xmlSafe,
  type FeedItem,
} from "@/lib/feeds/rss";

const site = "https://episodes.example.com";

const channel = {
  title: "The Backend Show",
  link: `${site}/`,
  description: "Backends & databases <deep dives>",
  author: "Hussein Nasser",
  imageUrl: `${site}/podcast-cover.png`,
  feedUrl: `${site}/feed.xml`,
};

const items: FeedItem[] = [
  {
    guid: "episode-catalog:postgres-18-gets-async-io",
    title: "Postgres 18 gets Async IO",
    link: `${site}/episodes/postgres-18-gets-async-io`,
    description: "io_uring & <workers> in PG18 ]]> done",
    publishedAt: new Date("2025-10-03T00:00:00Z"),
    durationSeconds: 2472,
    chaptersUrl: `${site}/episodes/postgres-18-gets-async-io/chapters.json`,
  },
  {
    guid: "episode-catalog:windows-vs-linux-kernel",
    title: "Windows vs Linux Kernel",
    link: `${site}/episodes/windows-vs-linux-kernel`,
    description: "",
    publishedAt: null,
    durationSeconds: null,
    chaptersUrl: null,
  },
  {
    guid: "episode-catalog:with-audio",
    title: "Bad \u0001 control",
    link: `${site}/episodes/with-audio`,
    description: "plain",
    publishedAt: new Date("2024-02-29T00:00:00Z"),
    durationSeconds: 1740,
    chaptersUrl: null,
    audio: { url: "https://cdn.example.com/a.mp3", type: "audio/mpeg", length: 12345 },
  },
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

function parse(xml: string) {
  return parser.parse(xml) as {
    rss: Record<string, string> & { channel: Record<string, unknown> & { item: Record<string, unknown>[] } };
  };
}

describe("buildRss", () => {
  const xml = buildRss(channel, items);
  const { rss } = parse(xml);

  it("is well-formed XML with an XML declaration", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("declares RSS 2.0 and the itunes, podcast and atom namespaces", () => {
    expect(rss["@version"]).toBe("2.0");
    expect(rss["@xmlns:itunes"]).toBe(ITUNES_NS);
    expect(rss["@xmlns:podcast"]).toBe("https://podcastindex.org/namespace/1.0");
    expect(rss["@xmlns:podcast"]).toBe(PODCAST_NS);
    expect(rss["@xmlns:atom"]).toBe(ATOM_NS);
  });

  it("describes the channel", () => {
    const ch = rss.channel;
    expect(ch.title).toBe("The Backend Show");
    expect(ch.link).toBe(`${site}/`);
    expect(ch.description).toBe("Backends & databases <deep dives>");
    expect(ch.language).toBe("en");
    expect(ch["itunes:author"]).toBe("Hussein Nasser");
    expect(ch["itunes:image"]).toEqual({ "@href": `${site}/podcast-cover.png` });
    expect(ch["atom:link"]).toEqual({
      "@href": `${site}/feed.xml`,
      "@rel": "self",
      "@type": "application/rss+xml",
    });
    expect(ch.pubDate).toBe("Fri, 03 Oct 2025 00:00:00 GMT");
  });

  it("writes items in the order given, with a non-permalink guid", () => {
    const [first, second, third] = rss.channel.item;
    expect(rss.channel.item).toHaveLength(3);
    expect(first?.title).toBe("Postgres 18 gets Async IO");
    expect(first?.link).toBe(`${site}/episodes/postgres-18-gets-async-io`);
    expect(first?.guid).toEqual({
      "#text": "episode-catalog:postgres-18-gets-async-io",
      "@isPermaLink": "false",
    });
    expect(second?.guid).toEqual({
      "#text": "episode-catalog:windows-vs-linux-kernel",
      "@isPermaLink": "false",
    });
    expect(third?.title).toBe("Bad  control");
  });

  it("dates items in RFC 822 and leaves the date out when unknown", () => {
    const [first, second, third] = rss.channel.item;
    expect(first?.pubDate).toBe("Fri, 03 Oct 2025 00:00:00 GMT");
    expect(String(first?.pubDate)).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
    expect(second).not.toHaveProperty("pubDate");
    expect(third?.pubDate).toBe("Thu, 29 Feb 2024 00:00:00 GMT");
  });

  it("escapes descriptions so they read back exactly", () => {
    expect(rss.channel.item[0]?.description).toBe("io_uring & <workers> in PG18 ]]> done");
    expect(xml).toContain("io_uring &amp; &lt;workers&gt;");
    expect(rss.channel.item[1]).not.toHaveProperty("description");
  });

  it("gives the duration in seconds and links JSON chapters only where there are chapters", () => {
    const [first, second, third] = rss.channel.item;
    expect(first?.["itunes:duration"]).toBe("2472");
    expect(second).not.toHaveProperty("itunes:duration");
    expect(third?.["itunes:duration"]).toBe("1740");
    expect(first?.["podcast:chapters"]).toEqual({
      "@url": `${site}/episodes/postgres-18-gets-async-io/chapters.json`,
      "@type": "application/json+chapters",
    });
    expect(second).not.toHaveProperty("podcast:chapters");
  });

  it("writes an enclosure only when the episode has audio", () => {
    const [first, , third] = rss.channel.item;
    expect(first).not.toHaveProperty("enclosure");
    expect(third?.enclosure).toEqual({
      "@url": "https://cdn.example.com/a.mp3",
      "@length": "12345",
      "@type": "audio/mpeg",
    });
  });

  it("keeps text that looks like an entity exactly as it is (no double decoding)", () => {
    const tricky = buildRss(channel, [
      {
        ...items[0]!,
        title: "Zanzibar &lt;b&gt; & AT&T &amp; &#60;",
        description: "&lt;script&gt; stays text",
        link: `${site}/episodes/x?a=1&b=2`,
        audio: { url: "https://cdn.example.com/a.mp3?x=1&amp;y=2", type: "audio/mpeg", length: 1 },
      },
    ]);
    expect(XMLValidator.validate(tricky)).toBe(true);
    // One item: the parser gives it as an object, not a list.
    const item = parse(tricky).rss.channel.item as unknown as Record<string, unknown>;
    expect(item?.title).toBe("Zanzibar &lt;b&gt; & AT&T &amp; &#60;");
    expect(item?.description).toBe("&lt;script&gt; stays text");
    expect(item?.link).toBe(`${site}/episodes/x?a=1&b=2`);
    expect((item?.enclosure as Record<string, string>)["@url"]).toBe(
      "https://cdn.example.com/a.mp3?x=1&amp;y=2",
    );
  });

  it("is the same document when built twice (stable across rebuilds)", () => {
    expect(buildRss(channel, items)).toBe(xml);
  });

  it("builds a valid feed with no items and no author", () => {
    const empty = buildRss({ ...channel, author: null }, []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parse(empty).rss.channel).not.toHaveProperty("itunes:author");
  });
});

describe("xmlSafe and rfc822Date", () => {
  it("drops characters XML cannot carry and keeps the rest", () => {
    expect(xmlSafe("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f")).toBe("abcdef");
    expect(xmlSafe("tab\tnew\nline 🐘 “quotes”")).toBe("tab\tnew\nline 🐘 “quotes”");
    expect(xmlSafe("a & b &lt;")).toBe("a &amp; b &amp;lt;");
  });

  it("formats days in GMT", () => {
    expect(rfc822Date(new Date("2023-03-11T00:00:00Z"))).toBe("Sat, 11 Mar 2023 00:00:00 GMT");
  });
});
