// The RSS parser against a hand-written feed (tests/fixtures/feeds/network-stack-radio.xml): the
// expected values below were read off the fixture, not pasted from the parser's output.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { elementLines, parseFeed, referencedChapterFiles } from "@/lib/ingest/rss/feed";
import { parseItunesDuration, parseJsonChapters, parseRfc822Date } from "@/lib/ingest/rss/fields";
import { htmlToText } from "@/lib/ingest/rss/html";

const fixtures = path.resolve(import.meta.dirname, "../../../fixtures/feeds");
const read = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
const readRelated = (relative: string) => {
  try {
    return read(relative);
  } catch {
    return null;
  }
};

describe("parseItunesDuration", () => {
  it("reads all the forms feeds use", () => {
    expect(parseItunesDuration("3723")).toBe(3723);
    expect(parseItunesDuration("62:03")).toBe(3723);
    expect(parseItunesDuration("1:02:03")).toBe(3723);
    expect(parseItunesDuration("01:02:03")).toBe(3723);
    expect(parseItunesDuration("3723.5")).toBe(3724);
    expect(parseItunesDuration(" 45:00 ")).toBe(2700);
  });

  it("refuses what is not a duration", () => {
    for (const value of ["", "soon", "1:60", "1:02:60", "1:2:3:4", "-5", "0", "1h2m", "12:3a"]) {
      expect(parseItunesDuration(value), value).toBeNull();
    }
  });
});

describe("parseRfc822Date", () => {
  it("gives the calendar day as the publisher wrote it", () => {
    expect(parseRfc822Date("Mon, 15 Dec 2025 00:00:00 GMT")).toBe("2025-12-15");
    expect(parseRfc822Date("Mon, 15 Dec 2025 23:30:00 -0500")).toBe("2025-12-15");
    expect(parseRfc822Date("15 Dec 2025 09:30 +0100")).toBe("2025-12-15");
    expect(parseRfc822Date("Tuesday, 2 September 2025 08:00:00 EST")).toBe("2025-09-02");
    expect(parseRfc822Date("Wed, 01 Jan 25 10:00:00 GMT")).toBe("2025-01-01");
    expect(parseRfc822Date("Sat, 29 Feb 2020 12:00:00 GMT")).toBe("2020-02-29");
  });

  it("refuses impossible or foreign dates", () => {
    for (const value of [
      "",
      "sometime in 2024",
      "2025-12-15",
      "Sun, 29 Feb 2025 12:00:00 GMT",
      "Mon, 32 Dec 2025",
      "Mon, 15 Foo 2025",
      "Mon, 15 Dec 2025 25:00:00 GMT",
    ]) {
      expect(parseRfc822Date(value), value).toBeNull();
    }
  });
});

describe("parseJsonChapters", () => {
  it("keeps ascending visible chapters, floors fractions and names untitled ones", () => {
    const parsed = parseJsonChapters(read("chapters/wal-and-fsync.json"));
    expect(parsed.chapters).toEqual([
      { start: 0, title: "Intro", subpoints: [] },
      { start: 95, title: "What fsync promises", subpoints: [] },
      { start: 1210, title: "Group commit", subpoints: [] },
      { start: 2400, title: "Chapter 4", subpoints: [] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it("reports chapters out of order or without a numeric startTime", () => {
    const parsed = parseJsonChapters(
      JSON.stringify({
        chapters: [{ startTime: 10, title: "B" }, { startTime: 5, title: "A" }, { startTime: "7" }],
      }),
    );
    expect(parsed.chapters).toEqual([{ start: 10, title: "B", subpoints: [] }]);
    expect(parsed.problems).toEqual([
      '"version" is missing (expected "1.2.0")',
      "chapter 2 at 5s is not after the previous one (10s)",
      'chapter 3: "startTime" must be a number of seconds',
    ]);
  });

  it("throws on a document that is not chapters JSON", () => {
    expect(() => parseJsonChapters("[1,2]")).toThrow(/needs a "chapters" array/);
    expect(() => parseJsonChapters("{")).toThrow(/^not JSON/);
  });
});

describe("htmlToText", () => {
  it("turns paragraphs, breaks and list items into lines and keeps link URLs", () => {
    expect(
      htmlToText(
        '<p>First &amp; foremost</p><ul><li>0:00 Intro</li><li>1:30 <b>Bold</b> move</li></ul><p>See <a href="https://example.com/a?x=1&amp;y=2">the docs</a><br>Bye</p>',
      ),
    ).toBe("First & foremost\n0:00 Intro\n1:30 Bold move\nSee the docs https://example.com/a?x=1&y=2\nBye");
  });

  it("drops scripts, styles, comments and any markup, even escaped twice", () => {
    expect(
      htmlToText('<script>alert(1)</script><style>p{}</style><!-- hidden --><p onclick="x()">Safe</p>'),
    ).toBe("Safe");
    expect(htmlToText("&lt;b&gt;bold&lt;/b&gt; and a &lt;tag&gt;-like word")).toBe(
      "bold and a <tag>-like word",
    );
  });

  it("writes a link whose words are its URL once, and ignores non-http links", () => {
    expect(htmlToText('<a href="https://x.io/">https://x.io/</a>')).toBe("https://x.io/");
    expect(htmlToText('<a href="javascript:alert(1)">click</a> <a href="mailto:a@b.c">mail</a>')).toBe(
      "click mail",
    );
  });
});

describe("parseFeed on a realistic feed", () => {
  const result = parseFeed(read("network-stack-radio.xml"), "network-stack-radio.xml", readRelated);
  const [pooling, wal, balancers, timeouts] = result.episodes;

  it("reads the channel as the show", () => {
    expect(result.layout).toBe("rss");
    expect(result.show).toEqual({
      name: "Network Stack Radio",
      author: "Dana Ortiz",
      description: "Weekly conversations about networking & databases.",
      links: [{ url: "https://radio.example.org/", kind: "reference", label: null }],
      artworkUrl: "https://radio.example.org/cover.jpg",
    });
    expect(result.episodes).toHaveLength(4);
  });

  it("converts a CDATA HTML description (content:encoded) to text with chapters and links", () => {
    expect(pooling).toMatchObject({
      title: "Connection pooling, explained",
      description: [
        "Why every database driver ships a pool – and why yours is probably too big.",
        "Read the Postgres docs https://www.postgresql.org/docs/current/runtime-config-connection.html first.",
        "Guest: Sam’s blog https://sam.example.net/",
      ].join("\n"),
      chapters: [
        { start: 0, title: "Intro", subpoints: [] },
        { start: 250, title: "What a connection costs", subpoints: [] },
        { start: 765, title: "Sizing the pool", subpoints: [] },
        { start: 2910, title: "Q&A", subpoints: [] },
      ],
      source: { file: "network-stack-radio.xml", line: 16 },
      publishedAt: "2025-09-02",
      durationSeconds: 3723,
      durationPrecision: "second",
      guid: "nsr-0042",
      link: "https://radio.example.org/episodes/42",
      audio: { url: "https://cdn.example.org/nsr/0042.mp3", type: "audio/mpeg", length: 59567104 },
    });
    expect(pooling!.links.map((link) => link.url)).toEqual([
      "https://www.postgresql.org/docs/current/runtime-config-connection.html",
      "https://sam.example.net/",
    ]);
    expect(pooling!.description).not.toMatch(/alert|color|</);
  });

  it("takes chapters from the podcast:chapters file next to the feed over the description's", () => {
    expect(wal).toMatchObject({
      title: "Write-ahead logs & fsync",
      description: "How databases survive a power cut.",
      publishedAt: null,
      durationSeconds: 3723,
      guid: "nsr-0043",
    });
    expect(wal!.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
      [0, "Intro"],
      [95, "What fsync promises"],
      [1210, "Group commit"],
      [2400, "Chapter 4"],
    ]);
  });

  it("reads a plain-text description's timestamps as chapters but never a clock time", () => {
    expect(balancers).toMatchObject({
      description: "Plain text this time, recorded at 3:10 PM.",
      chapters: [
        { start: 0, title: "Intro", subpoints: [] },
        { start: 150, title: "Layer 4: connections", subpoints: [] },
        { start: 1275, title: "Layer 7: requests", subpoints: [] },
      ],
      publishedAt: "2025-12-15",
      durationSeconds: 3723,
      guid: "https://radio.example.org/episodes/44",
    });
  });

  it("tolerates a bad date, a fractional duration and an enclosure without type or length", () => {
    expect(timeouts).toMatchObject({
      description: "Connect, read and idle timeouts <and> how they interact.",
      publishedAt: null,
      durationSeconds: 1846,
      link: null,
      audio: { url: "https://cdn.example.org/nsr/0045.m4a", type: "audio/mp4", length: null },
    });
  });

  it("reports missing and invalid dates with their line", () => {
    expect(result.issues.map((issue) => [issue.line, issue.severity, issue.code])).toEqual([
      [38, "info", "chapter-heading"],
      [38, "info", "feed-date-missing"],
      [61, "warning", "feed-date-invalid"],
    ]);
  });

  it("reports a chapters file that is not there and a remote one it does not fetch", () => {
    const xml = `<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>S</title>
<item><title>A</title><podcast:chapters url="missing.json" type="application/json+chapters"/><description>0:00 Intro
1:00 Next</description></item>
<item><title>B</title><podcast:chapters url="https://elsewhere.example/b.json" type="application/json+chapters"/></item>
</channel></rss>`;
    const parsed = parseFeed(xml, "s.xml");
    expect(parsed.episodes[0]!.chapters.map((chapter) => chapter.title)).toEqual(["Intro", "Next"]);
    expect(parsed.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [2, "feed-date-missing"],
      [2, "feed-chapters-missing"],
      [4, "feed-date-missing"],
      [4, "feed-chapters-remote"],
    ]);
  });
});

describe("parseFeed on broken input", () => {
  it("names the line of malformed XML as an error", () => {
    const result = parseFeed(read("malformed.xml"), "malformed.xml");
    expect(result.episodes).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      file: "malformed.xml",
      line: 11,
      severity: "error",
      code: "feed-malformed",
    });
    expect(result.issues[0]!.message).toMatch(/descriptio/);
  });

  it("refuses XML that is not RSS", () => {
    expect(parseFeed(read("atom.xml"), "atom.xml").issues).toEqual([
      {
        file: "atom.xml",
        line: 2,
        severity: "error",
        code: "feed-not-rss",
        message: "not an RSS 2.0 feed: root element is <feed>, not <rss>",
      },
    ]);
    expect(parseFeed("just text", "x.xml").issues[0]?.severity).toBe("error");
    expect(parseFeed("<rss/>", "x.xml").issues[0]?.message).toBe(
      "not an RSS 2.0 feed: <rss> has no <channel>",
    );
  });
});

describe("feed helpers", () => {
  it("finds the line of each item, ignoring ones inside CDATA and comments", () => {
    expect(elementLines("<a>\n<item>\n<![CDATA[<item>]]>\n<!-- <item> -->\n<item/>", "item")).toEqual([2, 5]);
  });

  it("lists the local chapters files a feed refers to", () => {
    expect(referencedChapterFiles(read("network-stack-radio.xml"), "network-stack-radio.xml")).toEqual([
      "chapters/wal-and-fsync.json",
    ]);
    expect(
      referencedChapterFiles(
        '<podcast:chapters url="../outside.json"/><podcast:chapters url="https://x/y.json"/>',
        "f.xml",
      ),
    ).toEqual([]);
  });
});
