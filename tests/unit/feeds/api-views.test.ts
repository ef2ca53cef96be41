import { describe, expect, it } from "vitest";
import type { EpisodeDetail } from "@/lib/db/episodes";
import type { ShowListItem } from "@/lib/db/show";
import { toApiEpisodeDetail, toApiEpisodeSummary, toApiShow } from "@/lib/feeds/api-views";

const site = "https://episodes.example.com";
const backend = { slug: "the-backend-engineering-show", name: "The Backend Engineering Show" };
const radio = { slug: "network-stack-radio", name: "Network Stack Radio" };
/** Where the backend show's episodes live. */
const shown = `${site}/shows/the-backend-engineering-show`;

const episode: EpisodeDetail = {
  show: backend,
  slug: "cloudflares-150ms-global-cache-purge-deep-dive",
  title: "Cloudflare's 150ms global cache purge | Deep Dive",
  publishedAt: new Date("2024-10-18T00:00:00Z"),
  publishedPrecision: "day",
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
        show: backend,
        slug: "the-journey-of-a-request-to-the-backend",
        title: "The Journey of a Request to the Backend",
      },
    },
  ],
  mentionedBy: [{ show: backend, slug: "page-tables", title: "Page Tables" }],
  sources: [{ file: "004.txt", line: 12 }],
};

describe("toApiEpisodeDetail", () => {
  const detail = toApiEpisodeDetail(site, episode);

  it("names its show and gives dates as calendar days and absolute URLs under the show", () => {
    expect(detail.show).toEqual(backend);
    expect(detail.url).toBe(`${shown}/cloudflares-150ms-global-cache-purge-deep-dive`);
    expect(detail.publishedAt).toBe("2024-10-18");
    expect(detail.publishedPrecision).toBe("day");
    expect(detail.youtubeUrl).toBe("https://www.youtube.com/watch?v=Ou-4rfillYo");
    expect(detail.chaptersUrl).toBe(`${shown}/cloudflares-150ms-global-cache-purge-deep-dive/chapters.json`);
  });

  it("keeps chapters with sub-points and a ?t= link", () => {
    expect(detail.chapters[1]).toEqual({
      startSeconds: 140,
      title: "Purge",
      subpoints: ["lazy purge", "RocksDB"],
      url: `${shown}/cloudflares-150ms-global-cache-purge-deep-dive?t=140`,
    });
  });

  it("groups links by kind and names the episodes mentioned either way", () => {
    expect(Object.keys(detail.links).sort()).toEqual(["reference", "youtube"]);
    expect(detail.links.youtube?.[0]?.episode?.url).toBe(`${shown}/the-journey-of-a-request-to-the-backend`);
    expect(detail.mentions.map((e) => e.slug)).toEqual(["the-journey-of-a-request-to-the-backend"]);
    expect(detail.mentionedBy).toEqual([
      { slug: "page-tables", title: "Page Tables", show: backend, url: `${shown}/page-tables` },
    ]);
    expect(detail.sources).toEqual([{ file: "004.txt", line: 12 }]);
    expect(detail.topics).toEqual([{ slug: "performance", name: "Performance" }]);
  });

  it("tells an episode from another show's episode of the same slug", () => {
    const other = toApiEpisodeDetail(site, {
      ...episode,
      show: radio,
      slug: "page-tables",
      links: [
        {
          url: "https://example.com/backend/page-tables",
          kind: "reference",
          label: null,
          youtubeId: null,
          startSeconds: null,
          targetEpisode: { show: backend, slug: "page-tables", title: "Page Tables" },
        },
      ],
    });
    expect(other.mentions).toEqual([
      { slug: "page-tables", title: "Page Tables", show: backend, url: `${shown}/page-tables` },
    ]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
  });
});

describe("toApiEpisodeSummary", () => {
  it("shapes a list row", () => {
    expect(
      toApiEpisodeSummary(site, {
        show: backend,
        slug: "windows-vs-linux-kernel",
        title: "Windows vs Linux Kernel",
        publishedAt: null,
        publishedPrecision: null,
        durationSeconds: null,
        youtubeId: null,
        audioUrl: null,
        chapterCount: 9,
        topics: [{ slug: "linux-kernel", name: "Linux kernel" }],
      }),
    ).toEqual({
      slug: "windows-vs-linux-kernel",
      title: "Windows vs Linux Kernel",
      show: backend,
      url: `${shown}/windows-vs-linux-kernel`,
      publishedAt: null,
      publishedPrecision: null,
      durationSeconds: null,
      youtubeId: null,
      audioUrl: null,
      chapterCount: 9,
      topics: ["linux-kernel"],
    });
  });

  it("gives a date known to the month as its first day, with its precision", () => {
    const row = toApiEpisodeSummary(site, {
      show: backend,
      slug: "page-tables",
      title: "Page Tables",
      publishedAt: new Date("2025-05-01T00:00:00Z"),
      publishedPrecision: "month",
      durationSeconds: null,
      youtubeId: null,
      audioUrl: null,
      chapterCount: 0,
      topics: [],
    });
    expect([row.publishedAt, row.publishedPrecision]).toEqual(["2025-05-01", "month"]);
  });

  it("carries the audio URL of an episode imported from a feed", () => {
    const row = toApiEpisodeSummary(site, {
      show: radio,
      slug: "page-tables",
      title: "Page Tables",
      publishedAt: null,
      publishedPrecision: null,
      durationSeconds: 2799,
      youtubeId: null,
      audioUrl: "https://cdn.example.com/page-tables.mp3",
      chapterCount: 9,
      topics: [],
    });
    expect(row.audioUrl).toBe("https://cdn.example.com/page-tables.mp3");
    // Another show's episode of the same slug lives under its own show.
    expect(row.show).toEqual(radio);
    expect(row.url).toBe(`${site}/shows/network-stack-radio/page-tables`);
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

describe("toApiShow", () => {
  const show: ShowListItem = {
    slug: "network-stack-radio",
    name: "Network Stack Radio",
    author: "Dana Ortiz",
    description: "Weekly conversations about networking & databases.",
    artworkUrl: "https://radio.example.org/cover.jpg",
    feedUrl: "https://radio.example.org/feed.xml",
    youtubeChannel: null,
    isDefault: false,
    links: [{ url: "https://radio.example.org/", kind: "website", label: null }],
    episodeCount: 4,
    latest: {
      slug: "load-balancers-at-layer-4-and-layer-7",
      title: "Load balancers at layer 4 and layer 7",
      publishedAt: new Date("2025-12-15T15:10:00Z"),
      publishedPrecision: "day",
    },
  };

  it("gives the show's pages and feed on this site, its counts and its newest episode", () => {
    expect(toApiShow(site, show)).toEqual({
      slug: "network-stack-radio",
      name: "Network Stack Radio",
      host: "Dana Ortiz",
      description: "Weekly conversations about networking & databases.",
      url: `${site}/shows/network-stack-radio`,
      // Ours, not the publisher's: the show's own feed URL is where `refresh` downloads from.
      feedUrl: `${site}/shows/network-stack-radio/feed.xml`,
      artworkUrl: "https://radio.example.org/cover.jpg",
      youtubeChannel: null,
      isDefault: false,
      links: [{ url: "https://radio.example.org/", kind: "website", label: null }],
      episodeCount: 4,
      episodesUrl: `${site}/api/episodes?show=network-stack-radio`,
      latest: {
        slug: "load-balancers-at-layer-4-and-layer-7",
        title: "Load balancers at layer 4 and layer 7",
        url: `${site}/shows/network-stack-radio/load-balancers-at-layer-4-and-layer-7`,
        publishedAt: "2025-12-15",
        publishedPrecision: "day",
      },
    });
  });

  it("has no newest episode for a show without episodes", () => {
    expect(toApiShow(site, { ...show, episodeCount: 0, latest: null })).toMatchObject({
      episodeCount: 0,
      latest: null,
    });
  });
});
