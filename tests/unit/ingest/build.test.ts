// The whole pipeline over the real seeds and the curated facts; expected values from reading them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildCatalog, deriveTitle, type SourceInput } from "@/lib/ingest/build";
import { slugify } from "@/lib/ingest/slugs";
import { seedShow } from "@/tests/fixtures/seed-show";

const SOURCES = path.join(process.cwd(), "data/sources");
const seeds: SourceInput[] = readdirSync(SOURCES)
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(SOURCES, file), "utf8") }));
const factsText = readFileSync(path.join(process.cwd(), "data/episode-facts.json"), "utf8");

describe("buildCatalog over the seeds", () => {
  const catalog = buildCatalog(seeds, factsText, "episode-facts.json", [], [seedShow]);
  const bySlug = (slug: string) => {
    const episode = catalog.episodes.find((candidate) => candidate.slug === slug);
    if (!episode) throw new Error(`no episode ${slug}`);
    return episode;
  };

  it("merges the five episodes that 000 and 003 both carry", () => {
    expect(catalog.episodes).toHaveLength(56);
    expect(catalog.stats).toMatchObject({
      files: 3,
      parsedEpisodes: 61,
      mergedDuplicates: 5,
      boilerplateLines: 17,
    });
    expect(bySlug("cpu-and-kernel-page-faults").sources).toEqual([
      { file: "000_a73692b421beb85a.txt", line: 1 },
      { file: "003_2286eee2839ae7ee.txt", line: 9 },
    ]);
    expect(bySlug("kernel-level-tls").sources.map((source) => source.line)).toEqual([9, 13]);
  });

  it("titles the untitled 003 episodes from the facts", () => {
    const fromFacts = catalog.episodes.filter((episode) => episode.titleSource === "facts");
    expect(
      fromFacts.map((episode) => [episode.displayTitle, episode.title, episode.sources[0]!.line]),
    ).toEqual([
      ["My new book - Root cause, Stories from two decades of backend bugs", null, 6],
      ["5 Backend Design Patterns for Managing Threads and Sockets", null, 7],
      ["Page Tables", null, 8],
    ]);
    expect(bySlug("page-tables").factSources.officialTitle).toBe(
      "https://www.radio.pl/podcast/hussein-nasser-podcast",
    );
    expect(catalog.episodes.some((episode) => episode.titleSource === "derived")).toBe(false);
  });

  it("applies dates, durations with precision and YouTube ids", () => {
    expect(bySlug("postgres-18-gets-async-io")).toMatchObject({
      publishedAt: "2025-10-03",
      publishedPrecision: "day",
      durationSeconds: 2472,
      durationPrecision: "second",
      youtubeId: "yGjGc21mmoU",
      youtubeIdConfidence: "medium-high",
    });
    expect(bySlug("amazon-us-east-1-outage-in-details")).toMatchObject({
      durationSeconds: 1440,
      durationPrecision: "minute",
      youtubeId: null,
    });
    // "Google Patches…" has a duration and video but no date in the facts.
    expect(bySlug("google-patches-linux-kernel-with-40-tcp-performance")).toMatchObject({
      publishedAt: null,
      publishedPrecision: null,
      youtubeId: "qo1FFNUVB-Q",
    });
    expect(catalog.issues.filter((issue) => issue.code === "fact-unmatched")).toEqual([]);
  });

  it("turns a YouTube link labelled with another episode into a cross-link", () => {
    const purge = bySlug("cloudflares-150ms-global-cache-purge-deep-dive");
    const discord = purge.links.find((link) => link.youtubeId === "xynXjChKkJc");
    expect(discord?.targetSlug).toBe("how-discord-stores-trillions-of-messages-a-deep-dive");
    expect(purge.links.find((link) => link.youtubeId === "3JdQOExKtUY")?.targetSlug).toBeUndefined();
  });

  it("gives stable, unique slugs without the show-name suffix", () => {
    const slugs = catalog.episodes.map((episode) => episode.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain("how-alt-svc-switches-http-2-clients-to-use-http-3");
    expect(slugs).toContain("postgres-architecture");
    const again = buildCatalog(seeds, factsText, "episode-facts.json", [], [seedShow]);
    expect(again.episodes.map((episode) => episode.slug)).toEqual(slugs);
  });

  it("treats the hosts labelled as courses anywhere as courses everywhere", () => {
    const kafka = bySlug("how-apache-kafka-got-faster-by-switching-ext4-to-xfs");
    expect(kafka.links[0]).toEqual({ url: "https://oscourse.win", kind: "course", label: null });
  });
});

describe("facts that disagree or match nothing", () => {
  const source: SourceInput = {
    file: "list.txt",
    text: "Short show\nAn episode about locks. 0:00 Intro 10:00 Row locks 20:00 Summary\nAnother one\nNo chapters here, just words about caching and more.",
  };

  it("reports a duration that ends before the last chapter instead of applying it", () => {
    const facts = JSON.stringify([
      { title: "Short show", facts: { durationSeconds: 600, durationPrecision: "minute" } },
    ]);
    const catalog = buildCatalog([source], facts, "facts.json");
    expect(catalog.episodes[0]!.durationSeconds).toBeNull();
    expect(catalog.stats.factsRejected).toBe(1);
    expect(catalog.issues).toContainEqual(
      expect.objectContaining({ code: "fact-contradiction", file: "list.txt", line: 1 }),
    );
  });

  it("warns about a fact that matches no episode, with its line in the facts file", () => {
    const facts =
      '[\n  { "title": "Short show", "facts": {} },\n  { "title": "Nowhere", "facts": { "publishedAt": "2024-01-01" } }\n]';
    const catalog = buildCatalog([source], facts, "facts.json");
    expect(catalog.issues).toContainEqual(
      expect.objectContaining({ code: "fact-unmatched", file: "facts.json", line: 3 }),
    );
  });

  it("reports a malformed facts file as an error naming the line", () => {
    const catalog = buildCatalog(
      [source],
      '[\n  { "title": "x", "facts": {} },\n  { oops }\n]',
      "facts.json",
    );
    expect(catalog.issues).toContainEqual(
      expect.objectContaining({ severity: "error", code: "facts-json", file: "facts.json", line: 3 }),
    );
    const wrongType = buildCatalog(
      [source],
      '[\n  { "title": "x", "facts": { "durationSeconds": "long" } }\n]',
      "facts.json",
    );
    expect(wrongType.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "facts-schema",
        line: 2,
        message: expect.stringContaining("durationSeconds"),
      }),
    );
  });

  it("derives a title from the first sentence when no source or fact names the episode", () => {
    const catalog = buildCatalog(
      [
        {
          file: "summary.txt",
          text: "\nFree Daily Podcast Summary\nby Someone\nIn this video I introduce five different design patterns for building backend applications. More.",
        },
      ],
      null,
    );
    expect(catalog.episodes[0]).toMatchObject({
      title: null,
      titleSource: "derived",
      displayTitle: "In this video I introduce five different design patterns…",
    });
  });
});

describe("the show's own rules (data/shows/)", () => {
  // A directory page: a "Mentioned" video labelled with the series' decoration, then that episode.
  const directory: SourceInput = {
    file: "directory.txt",
    text: [
      "Episode A",
      "About A, in more words than a title has.",
      "Episode B | Deep Dive",
      "https://www.youtube.com/watch?v=AAAAAAAAAAA",
      "",
      "Episode B",
      "About B, in more words than a title has.",
    ].join("\n"),
  };

  it("reads a title decorated the show's way as naming the episode", () => {
    const withRules = buildCatalog([directory], null, "facts.json", [], [seedShow]);
    expect(withRules.episodes[0]!.links).toEqual([
      {
        url: "https://www.youtube.com/watch?v=AAAAAAAAAAA",
        kind: "youtube",
        label: "Episode B | Deep Dive",
        youtubeId: "AAAAAAAAAAA",
        targetSlug: "episode-b",
      },
    ]);
    const without = buildCatalog([directory], null, "facts.json", [], []);
    expect(without.episodes[0]!.links[0]!.targetSlug).toBeUndefined();
  });

  it("adds the show's channel when no source names it, and never twice", () => {
    // Without the links its data file gives, the show has only what the sources say.
    const linkless = { ...seedShow, links: undefined };
    expect(buildCatalog([directory], null, "facts.json", [], [linkless]).shows[0]!.links).toEqual([
      { url: "https://www.youtube.com/c/HusseinNasser-software-engineering", kind: "social", label: null },
    ]);
    expect(buildCatalog([directory], null, "facts.json", [], []).shows[0]!.links).toEqual([]);
    // 003 names it as http://www.youtube.com/c/HusseinNasser-software-engineering.
    const seedsCatalog = buildCatalog(seeds, factsText, "episode-facts.json", [], [linkless]);
    expect(seedsCatalog.shows[0]!.links.map((link) => link.url)).toEqual([
      "http://www.youtube.com/c/HusseinNasser-software-engineering",
      "https://www.buymeacoffee.com/hnasr",
      "https://husseinnasser.com/courses",
    ]);
  });

  it("classifies the host's course sites and book shop only with his rules", () => {
    const kinds = (shows: (typeof seedShow)[]) =>
      buildCatalog(seeds, factsText, "episode-facts.json", [], shows)
        .episodes.flatMap((episode) => episode.links)
        .filter((link) => /oscourse\.win|amzn\.to/.test(link.url))
        .map((link) => link.kind);
    expect(new Set(kinds([seedShow]))).toEqual(new Set(["course", "support"]));
    expect(new Set(kinds([]))).toEqual(new Set(["reference"]));
  });
});

describe("title and slug helpers", () => {
  it("clips derived titles at a word boundary", () => {
    expect(deriveTitle("Short one. Then more")).toBe("Short one");
    expect(deriveTitle("")).toBe("Untitled episode");
  });
  it("slugifies titles", () => {
    expect(slugify("Cloudflare's 150ms global cache purge | Deep Dive")).toBe(
      "cloudflares-150ms-global-cache-purge-deep-dive",
    );
    expect(slugify("Encrypted Client Hello - The Pros & Cons")).toBe(
      "encrypted-client-hello-the-pros-and-cons",
    );
    expect(slugify("Ünïcödé ✨")).toBe("unicode");
    expect(slugify("!!!")).toBe("episode");
  });

  it("gives a title in another script a slug of its own: its Latin part and a hash of the title", () => {
    const titles = [
      "越王勾践剑：两千五百年不锈之谜",
      "马踏飞燕：一匹马的名字之争",
      "Привет мир",
      "#47 味噌汁はなぜ冷めにくいのか",
    ];
    const slugs = titles.map((title) => slugify(title));
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(titles.length);
    expect(slugs[3]).toMatch(/^47-[a-z0-9]{7}$/);
    expect(titles.map((title) => slugify(title))).toEqual(slugs);
  });
});

describe("slugs of episodes titled in another script", () => {
  // Two episodes of a Chinese show page; then the same page with a newer episode added on top.
  const episode = (title: string, text: string) => `${title}\n2025-03-0${title.length % 9}\n${text}\n`;
  const older = [
    episode(
      "越王勾践剑：两千五百年不锈之谜",
      "1965年冬天，湖北江陵望山一号墓出土了一把青铜剑，剑身上八个鸟篆铭文让在场的考古队员屏住了呼吸。",
    ),
    episode(
      "曾侯乙编钟：一套能演奏的国家标准",
      "1978年，湖北随州擂鼓墩，曾侯乙墓里出土了65件青铜编钟，总重超过2.5吨，出土两千多年后还能演奏。",
    ),
  ];
  const newer = episode(
    "马踏飞燕：一匹马的名字之争",
    "1969年，甘肃武威雷台汉墓出土了一件铜奔马，三足腾空，一足踏在一只飞鸟的背上，名字之争吵了五十年。",
  );
  const slugsOf = (parts: string[]) =>
    Object.fromEntries(
      buildCatalog([{ file: "page.txt", text: parts.join("\n") }], null).episodes.map((built) => [
        built.title,
        built.slug,
      ]),
    );

  it("keeps each episode's slug when a newer one is added above it", () => {
    const before = slugsOf(older);
    expect(Object.keys(before)).toHaveLength(2);
    const after = slugsOf([newer, ...older]);
    for (const [title, slug] of Object.entries(before)) expect([title, after[title]]).toEqual([title, slug]);
    expect(new Set(Object.values(after)).size).toBe(3);
  });
});

describe("dates and their precision", () => {
  // A dated list (dates without a precision) and a feed (pubDates) about the same two episodes.
  const list = {
    file: "list.txt",
    text: "Page Tables 15.12.2025 | 46 min.\nKernel level TLS 13.06.2025 | 30 min.\n",
  };
  const feed = {
    file: "show.xml",
    text: `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Show</title>
  <item><title>Page Tables</title><pubDate>Tue, 16 Dec 2025 10:00:00 GMT</pubDate></item>
  <item><title>Zero-downtime deploys</title><pubDate>Fri, 02 Jan 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`,
  };
  const facts = JSON.stringify([{ title: "Kernel level TLS", facts: { publishedAt: "2025-06-14" } }]);
  const catalog = buildCatalog([list, feed], facts, "facts.json");
  const dates = Object.fromEntries(
    catalog.episodes.map((episode) => [
      episode.displayTitle,
      [episode.publishedAt, episode.publishedPrecision],
    ]),
  );

  it("reads a dated list's dates and a feed's pubDates as days; of two days the first source's stays", () => {
    expect(dates["Page Tables"]).toEqual(["2025-12-15", "day"]);
    expect(dates["Zero-downtime deploys"]).toEqual(["2026-01-02", "day"]);
  });

  it("lets the curated facts' date win, as a day", () => {
    expect(dates["Kernel level TLS"]).toEqual(["2025-06-14", "day"]);
  });
});

describe("several shows", () => {
  // Two podcasts that each open with an "Intro" episode: same guid, title and description, and an
  // "Intro" chapter in both.
  const feed = (channel: string) => ({
    file: `${channel.toLowerCase().replace(/ /g, "-")}.xml`,
    text: `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${channel}</title>
  <item><title>Intro</title><guid>intro</guid>
    <description>Welcome to the show: who we are and what we talk about here. 0:00 Intro 1:30 Plans</description>
  </item>
</channel></rss>`,
  });
  const facts = JSON.stringify([
    { title: "Intro", facts: { durationSeconds: 600 } },
    { title: "Intro", show: "show-two", facts: { publishedAt: "2025-01-02" } },
    { title: "Intro", show: "show-three", facts: { publishedAt: "2025-03-04" } },
  ]);
  const catalog = buildCatalog([feed("Show One"), feed("Show Two")], facts, "facts.json");

  it("never merges episodes of two shows; each show has its own slugs", () => {
    expect(catalog.shows.map((show) => [show.slug, show.isDefault])).toEqual([
      ["show-one", true],
      ["show-two", false],
    ]);
    expect(catalog.stats.mergedDuplicates).toBe(0);
    expect(catalog.episodes.map((episode) => [episode.show, episode.slug, episode.sources])).toEqual([
      ["show-one", "intro", [{ file: "show-one.xml", line: 3 }]],
      ["show-two", "intro", [{ file: "show-two.xml", line: 3 }]],
    ]);
    for (const episode of catalog.episodes)
      expect(episode.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([
        [0, "Intro"],
        [90, "Plans"],
      ]);
  });

  it("applies a fact only to the show it names, the default show when it names none", () => {
    const [one, two] = catalog.episodes;
    expect([one!.durationSeconds, one!.publishedAt]).toEqual([600, null]);
    expect([two!.durationSeconds, two!.publishedAt]).toEqual([null, "2025-01-02"]);
    expect(catalog.issues).toContainEqual(
      expect.objectContaining({
        file: "facts.json",
        code: "fact-unmatched",
        message: expect.stringContaining("show-three"),
      }),
    );
  });

  it("keeps the seed show's slugs, merges and facts when another show has episodes of the same titles", () => {
    const alone = buildCatalog(seeds, factsText, "episode-facts.json", [], [seedShow]);
    // 000 again, stated to be another show's: the same titles and descriptions.
    const copy = { file: "copy.txt", text: seeds[0]!.text };
    const withCopy = buildCatalog(
      [...seeds, copy],
      factsText,
      "episode-facts.json",
      [],
      [seedShow],
      new Map([["copy.txt", "A copycat show"]]),
    );
    const ofShow = (slug: string) => withCopy.episodes.filter((episode) => episode.show === slug);
    expect(ofShow(seedShow.slug)).toEqual(alone.episodes);
    expect(withCopy.stats.mergedDuplicates).toBe(alone.stats.mergedDuplicates);
    const copies = ofShow("a-copycat-show");
    expect(copies.length).toBeGreaterThan(0);
    const seedSlugs = new Set(alone.episodes.map((episode) => episode.slug));
    for (const episode of copies) {
      // Same title, same slug: the two pages differ by their show (/shows/<show>/<slug>).
      expect(seedSlugs.has(episode.slug)).toBe(true);
      expect(episode.factSources).toEqual({});
      expect(episode.youtubeId).toBeNull();
    }
  });
});
