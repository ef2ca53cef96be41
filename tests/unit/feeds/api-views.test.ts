import { describe, expect, it } from "vitest";
import type { EpisodeDetail } from "@/lib/db/episodes";
import { toApiEpisodeDetail, toApiEpisodeSummary } from "@/lib/feeds/api-views";

const site = "https://episodes.example.com";

const episode: EpisodeDetail = {
  slug: "cloudflares-150ms-global-cache-purge-deep-dive",
  title: "Cloudflare's 150ms global cache purge | Deep Dive",
  publishedAt: new Date("2024-10-18T00:00:00Z"),
  durationSeconds: 3741,
  durationPrecision: "second",
  chapterCount: 2,
  youtubeId: "Ou-4rfillYo",
  sourceTitle: null,
  titleSource: "facts",
  description: "Cloudflare purges caches worldwide.",
  youtubeIdConfidence: "facts",
  guid: null,
  link: null,
  audioUrl: null,
  audioType: null,
  audioLength: null,
  topics: [{ slug: "performance", name: "Performance" }],
  chapters: [
    { startSeconds: 0, title: "Intro", subpoints: [] },
    { startSeconds: 140, title: "Purge", subpoints: ["lazy purge", "RocksDB"] },
  ],
  links: [
    {
      url: "https://blog.cloudflare.com/instant-purge",
      kind: "reference",
      label: "Blog",
      youtubeId: null,
      startSeconds: null,
      targetEpisode: null,
    },
    {
      url: "https://www.youtube.com/watch?v=abcdefghijk&t=60s",
      kind: "youtube",
      label: null,
      youtubeId: "abcdefghijk",
      startSeconds: 60,
      targetEpisode: {
        slug: "the-journey-of-a-request-to-the-backend",
        title: "The Journey of a Request to the Backend",
      },
    },
  ],
  mentionedBy: [{ slug: "page-tables", title: "Page Tables" }],
  sources: [{ file: "004.txt", line: 12 }],
};

describe("toApiEpisodeDetail", () => {
  const detail = toApiEpisodeDetail(site, episode);

  it("gives dates as calendar days and absolute URLs", () => {
    expect(detail.url).toBe(`${site}/episodes/cloudflares-150ms-global-cache-purge-deep-dive`);
    expect(detail.publishedAt).toBe("2024-10-18");
    expect(detail.youtubeUrl).toBe("https://www.youtube.com/watch?v=Ou-4rfillYo");
    expect(detail.chaptersUrl).toBe(
      `${site}/episodes/cloudflares-150ms-global-cache-purge-deep-dive/chapters.json`,
    );
  });

  it("keeps chapters with sub-points and a ?t= link", () => {
    expect(detail.chapters[1]).toEqual({
      startSeconds: 140,
      title: "Purge",
      subpoints: ["lazy purge", "RocksDB"],
      url: `${site}/episodes/cloudflares-150ms-global-cache-purge-deep-dive?t=140`,
    });
  });

  it("groups links by kind and names the episodes mentioned either way", () => {
    expect(Object.keys(detail.links).sort()).toEqual(["reference", "youtube"]);
    expect(detail.links.youtube?.[0]?.episode?.url).toBe(
      `${site}/episodes/the-journey-of-a-request-to-the-backend`,
    );
    expect(detail.mentions.map((e) => e.slug)).toEqual(["the-journey-of-a-request-to-the-backend"]);
    expect(detail.mentionedBy).toEqual([
      { slug: "page-tables", title: "Page Tables", url: `${site}/episodes/page-tables` },
    ]);
    expect(detail.sources).toEqual([{ file: "004.txt", line: 12 }]);
    expect(detail.topics).toEqual([{ slug: "performance", name: "Performance" }]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
  });
});

describe("toApiEpisodeSummary", () => {
  it("shapes a list row", () => {
    expect(
      toApiEpisodeSummary(site, {
        slug: "windows-vs-linux-kernel",
        title: "Windows vs Linux Kernel",
        publishedAt: null,
        durationSeconds: null,
        youtubeId: null,
        audioUrl: null,
        chapterCount: 9,
        topics: [{ slug: "linux-kernel", name: "Linux kernel" }],
      }),
    ).toEqual({
      slug: "windows-vs-linux-kernel",
      title: "Windows vs Linux Kernel",
      url: `${site}/episodes/windows-vs-linux-kernel`,
      publishedAt: null,
      durationSeconds: null,
      youtubeId: null,
      audioUrl: null,
      chapterCount: 9,
      topics: ["linux-kernel"],
    });
  });

  it("carries the audio URL of an episode imported from a feed", () => {
    const row = toApiEpisodeSummary(site, {
      slug: "page-tables",
      title: "Page Tables",
      publishedAt: null,
      durationSeconds: 2799,
      youtubeId: null,
      audioUrl: "https://cdn.example.com/page-tables.mp3",
      chapterCount: 9,
      topics: [],
    });
    expect(row.audioUrl).toBe("https://cdn.example.com/page-tables.mp3");
  });
});

describe("toApiEpisodeDetail with audio", () => {
  it("gives the audio file, guid and link; null audio when there is none", () => {
    const withAudio = toApiEpisodeDetail(site, {
      ...episode,
      guid: "show-guid-17",
      link: "https://show.example.com/17",
      audioUrl: "https://cdn.example.com/17.mp3",
      audioType: "audio/mpeg",
      audioLength: 48_213_904,
    });
    expect(withAudio.audio).toEqual({
      url: "https://cdn.example.com/17.mp3",
      type: "audio/mpeg",
      length: 48_213_904,
    });
    expect([withAudio.guid, withAudio.link]).toEqual(["show-guid-17", "https://show.example.com/17"]);
    expect(toApiEpisodeDetail(site, episode).audio).toBeNull();
  });
});
