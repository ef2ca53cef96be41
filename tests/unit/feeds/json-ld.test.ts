import { describe, expect, it } from "vitest";
import {
  buildEpisodeJsonLd,
  serializeJsonLd,
  type EpisodeJsonLdInput,
  type JsonLdObject,
} from "@/lib/feeds/json-ld";

const site = "https://episodes.example.com";
const page = `${site}/shows/network-stack-radio/postgres-18-gets-async-io`;

const input: EpisodeJsonLdInput = {
  siteUrl: site,
  show: { slug: "network-stack-radio", name: "Network Stack Radio" },
  slug: "postgres-18-gets-async-io",
  title: "Postgres 18 gets Async IO",
  description: "Postgres 18 adds asynchronous reads.",
  publishedAt: new Date("2025-10-03T00:00:00Z"),
  publishedPrecision: "day",
  durationSeconds: 2472,
  youtubeId: "yGjGc21mmoU",
  chapters: [
    { startSeconds: 0, title: "Intro" },
    { startSeconds: 95, title: "Sync IO" },
    { startSeconds: 2400, title: "Summary" },
  ],
};

describe("buildEpisodeJsonLd", () => {
  const ld = buildEpisodeJsonLd(input);

  it("is a schema.org PodcastEpisode in its own show's series", () => {
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("PodcastEpisode");
    expect(ld.name).toBe("Postgres 18 gets Async IO");
    expect(ld.url).toBe(page);
    expect(ld["@id"]).toBe(page);
    expect(ld.description).toBe("Postgres 18 adds asynchronous reads.");
    expect(ld.datePublished).toBe("2025-10-03");
    expect(ld.timeRequired).toBe("PT41M12S");
    expect(ld.partOfSeries).toEqual({
      "@type": "PodcastSeries",
      name: "Network Stack Radio",
      url: `${site}/shows/network-stack-radio`,
      webFeed: `${site}/shows/network-stack-radio/feed.xml`,
    });
  });

  it("has one Clip per chapter with offsets and a ?t= url", () => {
    expect(ld.hasPart).toEqual([
      {
        "@type": "Clip",
        name: "Intro",
        startOffset: 0,
        endOffset: 95,
        url: `${page}?t=0`,
      },
      {
        "@type": "Clip",
        name: "Sync IO",
        startOffset: 95,
        endOffset: 2400,
        url: `${page}?t=95`,
      },
      {
        "@type": "Clip",
        name: "Summary",
        startOffset: 2400,
        endOffset: 2472,
        url: `${page}?t=2400`,
      },
    ]);
  });

  it("offers a SeekToAction on the ?t= deep link", () => {
    expect(ld.potentialAction).toEqual({
      "@type": "SeekToAction",
      target: `${page}?t={seek_to_second_number}`,
      "startOffset-input": "required name=seek_to_second_number",
    });
  });

  it("describes the YouTube video as a VideoObject", () => {
    expect(ld.associatedMedia).toEqual({
      "@type": "VideoObject",
      name: "Postgres 18 gets Async IO",
      description: "Postgres 18 adds asynchronous reads.",
      thumbnailUrl: "https://i.ytimg.com/vi/yGjGc21mmoU/hqdefault.jpg",
      uploadDate: "2025-10-03",
      embedUrl: "https://www.youtube-nocookie.com/embed/yGjGc21mmoU",
      duration: "PT41M12S",
    });
  });

  it("leaves out what is unknown: date, duration, video, chapters, last end", () => {
    const bare = buildEpisodeJsonLd({
      ...input,
      description: null,
      publishedAt: null,
      publishedPrecision: null,
      durationSeconds: null,
      youtubeId: null,
      chapters: [{ startSeconds: 60, title: "Only" }],
    });
    for (const key of ["description", "datePublished", "timeRequired", "associatedMedia"]) {
      expect(bare).not.toHaveProperty(key);
    }
    expect(bare.hasPart).toEqual([
      {
        "@type": "Clip",
        name: "Only",
        startOffset: 60,
        url: `${page}?t=60`,
      },
    ]);
    expect(buildEpisodeJsonLd({ ...input, chapters: [] })).not.toHaveProperty("hasPart");
  });
});

describe("buildEpisodeJsonLd with a date known to the month or year", () => {
  it("writes datePublished (and the video's uploadDate) as ISO 8601 of the known part", () => {
    const may = buildEpisodeJsonLd({
      ...input,
      publishedAt: new Date("2025-05-01T00:00:00Z"),
      publishedPrecision: "month",
    });
    expect(may.datePublished).toBe("2025-05");
    expect((may.associatedMedia as JsonLdObject).uploadDate).toBe("2025-05");
    const year = buildEpisodeJsonLd({
      ...input,
      publishedAt: new Date("2024-01-01T00:00:00Z"),
      publishedPrecision: "year",
    });
    expect(year.datePublished).toBe("2024");
  });
});

describe("buildEpisodeJsonLd with audio", () => {
  const audio = { url: "https://cdn.example.com/page-tables.mp3", type: "audio/mpeg" };

  it("describes the audio file as an AudioObject when there is no video", () => {
    const ld = buildEpisodeJsonLd({ ...input, youtubeId: null, audio });
    expect(ld.associatedMedia).toEqual({
      "@type": "AudioObject",
      name: input.title,
      contentUrl: "https://cdn.example.com/page-tables.mp3",
      encodingFormat: "audio/mpeg",
      duration: "PT41M12S",
    });
  });

  it("keeps the VideoObject when both are known", () => {
    expect((buildEpisodeJsonLd({ ...input, audio }).associatedMedia as { "@type": string })["@type"]).toBe(
      "VideoObject",
    );
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and parses back to the same data", () => {
    const data: JsonLdObject = {
      name: "</script><script>alert(1)</script> <!-- x -->",
      n: 1,
      list: ["a\u2028b"],
    };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\//);
    expect(text).not.toContain("<!--");
    expect(text).not.toContain("\u2028");
    expect(text).toContain("<\\/script>");
    expect(JSON.parse(text)).toEqual(data);
  });

  it("round-trips a whole episode", () => {
    const ld = buildEpisodeJsonLd(input);
    expect(JSON.parse(serializeJsonLd(ld))).toEqual(ld);
  });
});
