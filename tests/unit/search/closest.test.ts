// lib/search/closest.ts: the episodes a 404 page suggests for the address asked for. The words of an
// address, how a word stands for a title's word, the ranking; then the seed catalog in a temporary
// SQLite file, where the expected suggestions come from reading its titles (listed in the comments), and
// a large made-up catalog where the one close title lies far beyond the windows each word is read in.
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTempCatalog, type TempCatalog } from "../db/temp-catalog";
import { catalogSchema } from "@/lib/catalog/schema";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import {
  closestQueryOf,
  rankClosest,
  rankTopics,
  searchClosestEpisodes,
  wordSimilarity,
  CLOSEST_LIMIT,
} from "@/lib/search/closest";
import type { ClosestCandidate } from "@/lib/search/sql";

vi.mock("server-only", () => ({}));

const backend = "the-backend-engineering-show";

describe("closestQueryOf", () => {
  it("reads an episode address's own words, and names its show", () => {
    expect(closestQueryOf(`/shows/${backend}/postgres-lokcs`)).toEqual({
      words: ["postgres", "lokcs"],
      show: backend,
    });
    // The episode's files (chapters.json) and a query or fragment say nothing of what was asked for.
    expect(closestQueryOf(`/shows/${backend}/kernal-level-tls/chapters.json?t=5#t=9`)).toEqual({
      words: ["kernal", "level", "tls"],
      show: backend,
    });
  });

  it("reads an unknown show, topic, old episode address or any path by its words", () => {
    expect(closestQueryOf("/shows/backend-enginering")).toEqual({
      words: ["backend", "enginering"],
      show: null,
    });
    expect(closestQueryOf("/topics/netwrking")).toEqual({ words: ["netwrking"], show: null });
    expect(closestQueryOf("/episodes/io-urign-gets-faster")).toEqual({
      words: ["io", "urign", "gets", "faster"],
      show: null,
    });
    expect(closestQueryOf("/blog/2023/Page_Tables.html")).toEqual({
      words: ["blog", "2023", "page", "tables"],
      show: null,
    });
  });

  it("decodes the address, and leaves out one-letter words, common words and repeats", () => {
    expect(closestQueryOf("/topics/caf%C3%A9-%E2%98%95")).toEqual({ words: ["café"], show: null });
    expect(closestQueryOf("/how-to-do-a-thing-a-thing")).toEqual({ words: ["thing"], show: null });
    // A malformed escape is read as it is.
    expect(closestQueryOf("/page%E0%A4%A-tables")).toEqual({
      words: ["page", "e0", "a4", "tables"],
      show: null,
    });
    expect(closestQueryOf("/").words).toEqual([]);
    expect(closestQueryOf("").words).toEqual([]);
  });

  it("keeps at most 8 words of at most 40 characters", () => {
    const many = Array.from({ length: 20 }, (_, i) => `word${i}`).join("-");
    expect(closestQueryOf(`/${many}`).words).toEqual(Array.from({ length: 8 }, (_, i) => `word${i}`));
    expect(closestQueryOf(`/${"x".repeat(41)}-tls`).words).toEqual(["tls"]);
  });
});

describe("wordSimilarity", () => {
  it("scores the same word, its stem, its start, a longer form and a typo, in that order", () => {
    expect(wordSimilarity("locks", "locks")).toBe(1);
    expect(wordSimilarity("locks", "lock")).toBe(0.95);
    expect(wordSimilarity("postg", "postgres")).toBe(0.85);
    expect(wordSimilarity("locking", "lock")).toBe(0.75);
    // One swap in five letters; one missing letter in ten.
    expect(wordSimilarity("lokcs", "locks")).toBeCloseTo(0.8);
    expect(wordSimilarity("netwrking", "networking")).toBeCloseTo(0.9);
  });

  it("finds nothing in unlike words, and no typos in words of under four letters", () => {
    expect(wordSimilarity("locks", "tables")).toBe(0);
    expect(wordSimilarity("tsl", "tls")).toBe(0);
    expect(wordSimilarity("io", "ios")).toBe(0);
    expect(wordSimilarity("kernel", "kernelspace")).toBe(0.85);
  });

  it("takes a typo to keep the first letter", () => {
    // One letter apart, but a different word: "async" is not "fsync" mistyped.
    expect(wordSimilarity("async", "fsync")).toBe(0);
    expect(wordSimilarity("kernal", "kernel")).toBeCloseTo(1 - 1 / 6);
  });
});

describe("rankClosest", () => {
  const candidate = (id: number, title: string, slug: string, showSlug = backend): ClosestCandidate => ({
    id,
    title,
    slug,
    showSlug,
    showName: showSlug,
  });

  it("puts the title with most of the words first, and leaves out titles with too few", () => {
    const ranked = rankClosest({ words: ["postgres", "lokcs"], show: null }, [
      candidate(1, "Postgres Architecture", "postgres-architecture"),
      candidate(2, "All Postgres Locks Explained", "all-postgres-locks-explained"),
      candidate(3, "The Danger of Defaults - A PostgreSQL Story", "the-danger-of-defaults"),
    ]);
    // "postgresql" starts with "postgres" (0.85) but "lokcs" is nowhere: 0.425, under half.
    expect(ranked.map((episode) => episode.slug)).toEqual([
      "all-postgres-locks-explained",
      "postgres-architecture",
    ]);
    expect(ranked[0]).toEqual({
      show: { slug: backend, name: backend },
      slug: "all-postgres-locks-explained",
      title: "All Postgres Locks Explained",
      url: `/shows/${backend}/all-postgres-locks-explained`,
    });
  });

  it("prefers the show the address names between equal titles, and the shorter title between equal words", () => {
    const twins = [
      candidate(1, "Page Tables", "page-tables"),
      candidate(2, "Page Tables", "page-tables", "kernel-notes"),
      candidate(3, "Page Tables, Walked", "page-tables-walked"),
    ];
    const slugsOf = (show: string | null) =>
      rankClosest({ words: ["page", "tables"], show }, twins).map((e) => `${e.show.slug}/${e.slug}`);
    expect(slugsOf("kernel-notes")).toEqual([
      "kernel-notes/page-tables",
      `${backend}/page-tables`,
      `${backend}/page-tables-walked`,
    ]);
    expect(slugsOf(null)).toEqual([
      `${backend}/page-tables`,
      "kernel-notes/page-tables",
      `${backend}/page-tables-walked`,
    ]);
  });

  it("gives at most the limit, and nothing for an address of no words", () => {
    const many = Array.from({ length: 9 }, (_, i) => candidate(i, `Postgres ${i}`, `postgres-${i}`));
    expect(rankClosest({ words: ["postgres"], show: null }, many)).toHaveLength(CLOSEST_LIMIT);
    expect(rankClosest({ words: ["postgres"], show: null }, many, 2)).toHaveLength(2);
    expect(rankClosest({ words: [], show: null }, many)).toEqual([]);
  });
});

describe("rankTopics", () => {
  // Some of data/topics.json, in its order.
  const topics = [
    { slug: "postgresql", name: "PostgreSQL" },
    { slug: "linux-kernel", name: "Linux kernel" },
    { slug: "memory-and-os", name: "Memory and OS internals" },
    { slug: "networking", name: "Networking and TCP" },
    { slug: "tls-and-security", name: "TLS and security" },
  ];
  const rank = (address: string) => rankTopics(closestQueryOf(address), topics).map((topic) => topic.slug);

  it("finds a topic by a mistyped slug or a word of its name", () => {
    expect(rank("/topics/netwrking")).toEqual(["networking"]);
    expect(rank("/topics/kernal")).toEqual(["linux-kernel"]);
    expect(rank("/topics/postgres")).toEqual(["postgresql"]);
    expect(rank("/topics/security")).toEqual(["tls-and-security"]);
  });

  it("puts the closest first, then taxonomy order, and gives at most two", () => {
    // "TLS and security" has both words; "Networking and TCP" has tcp, half of them.
    expect(rank("/topics/tcp-tls-security")).toEqual(["tls-and-security"]);
    expect(rank("/topics/security-tcp")).toEqual(["networking", "tls-and-security"]);
    const kernels = [
      { slug: "kernel", name: "Kernel" },
      { slug: "kernel-internals", name: "Kernel internals" },
      { slug: "kernel-bugs", name: "Kernel bugs" },
    ];
    const ranked = rankTopics(closestQueryOf("/topics/kernel-internals"), kernels);
    expect(ranked.map((topic) => topic.slug)).toEqual(["kernel-internals", "kernel"]);
  });

  it("gives none for unlike words or no words", () => {
    expect(rank("/topics/cooking")).toEqual([]);
    expect(rank("/")).toEqual([]);
  });
});

describe("searchClosestEpisodes over the seed catalog", () => {
  let catalog: TempCatalog;
  beforeAll(async () => {
    const seeds = buildFromInputs(
      loadCatalogInputs({ sourcesDirs: [path.join(process.cwd(), "data/sources")] }),
    );
    catalog = await openTempCatalog(seeds, "closest");
  });
  afterAll(() => catalog.close());

  const closest = async (address: string) =>
    (await searchClosestEpisodes(address, catalog.client)).episodes.map((episode) => episode.slug);

  it("finds the episode behind a mistyped slug", async () => {
    // "All Postgres Locks Explained | A Deep Dive" has both words (lokcs: locks with two letters
    // swapped); six other titles say Postgres and nothing of locks, the shortest slugs first.
    const response = await searchClosestEpisodes(`/shows/${backend}/postgres-lokcs`, catalog.client);
    expect(response.query).toBe("postgres lokcs");
    expect(response.episodes).toHaveLength(5);
    expect(response.episodes[0]).toEqual({
      show: { slug: backend, name: "The Backend Engineering Show with Hussein Nasser" },
      slug: "all-postgres-locks-explained-a-deep-dive",
      title: "All Postgres Locks Explained | A Deep Dive",
      url: `/shows/${backend}/all-postgres-locks-explained-a-deep-dive`,
    });
    for (const episode of response.episodes) expect(episode.title).toMatch(/\bPostgres\b/);

    // Only "Kernel level TLS" has all of kernel, level and tls; other kernel titles have a third.
    expect(await closest(`/shows/${backend}/kernal-level-tls`)).toEqual(["kernel-level-tls"]);
  });

  it("reads an old episode address, an unknown show's and an unknown topic's", async () => {
    // "io uring gets even faster" has all four; "Postgres 18 gets Async IO" has io and gets; the titles
    // with only "faster" or only "IO" have a quarter of the words.
    expect(await closest("/episodes/io-urign-gets-faster")).toEqual([
      "io-uring-gets-even-faster",
      "postgres-18-gets-async-io",
    ]);
    // "Page Tables" has both words; "CPU and Kernel Page Faults" has page; "Database Torn pages" has
    // pages (0.95 of one of two words: under half).
    expect(await closest("/shows/kernel-notes/page-tabels")).toEqual([
      "page-tables",
      "cpu-and-kernel-page-faults",
    ]);
    // Only "The Cost of Memory Fragmentation" says memory.
    expect(await closest("/topics/memory-fragmentaton")).toEqual(["the-cost-of-memory-fragmentation"]);
    // No title says networking; the topic "Networking and TCP" does.
    expect(await searchClosestEpisodes("/topics/netwrking", catalog.client)).toEqual({
      query: "netwrking",
      episodes: [],
      topics: [{ slug: "networking", name: "Networking and TCP" }],
    });
  });

  it("suggests nothing for an address like no title, or of no words", async () => {
    expect(await closest("/wp-login.php")).toEqual([]);
    expect(await closest("/xyzzy/plugh")).toEqual([]);
    expect(await searchClosestEpisodes("/", catalog.client)).toEqual({ query: "", episodes: [], topics: [] });
  });

  it("never throws on any address", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (address) => {
        const response = await searchClosestEpisodes(address, catalog.client);
        expect(response.episodes.length).toBeLessThanOrEqual(CLOSEST_LIMIT);
      }),
      { numRuns: 200, seed: 14 },
    );
    for (const address of [
      '/"',
      "/*",
      "/AND-OR-NOT",
      "/title:tlb",
      "/NEAR(a b)",
      "/%00",
      "/a^b",
      `/${"é".repeat(2000)}`,
    ]) {
      await expect(searchClosestEpisodes(address, catalog.client), address).resolves.toBeDefined();
    }
  });
});

describe("searchClosestEpisodes over a large catalog", () => {
  // 1,200 episodes titled "Postgres tuning, part N", then one "Postgres locks explained": every
  // title has postgres, so its list runs far past the 500 rows read per word; the one close title is last.
  const count = 1200;
  let catalog: TempCatalog;
  beforeAll(async () => {
    const episode = (slug: string, title: string) => ({
      slug,
      show: "big",
      title,
      displayTitle: title,
      titleSource: "source",
      description: "Tuning notes.",
      chapters: [],
      links: [],
      sources: [{ file: "big.txt", line: 1 }],
      topics: [],
      publishedAt: null,
      publishedPrecision: null,
      durationSeconds: null,
      durationPrecision: null,
      youtubeId: null,
      youtubeIdConfidence: null,
      factSources: {},
    });
    const big = catalogSchema.parse({
      topics: [],
      shows: [
        {
          slug: "big",
          name: "Big Show",
          author: null,
          description: null,
          links: [],
          artworkUrl: null,
          feedUrl: null,
          youtubeChannel: null,
          isDefault: true,
        },
      ],
      sourceShows: [],
      episodes: [
        ...Array.from({ length: count }, (_, i) =>
          episode(`postgres-tuning-part-${i + 1}`, `Postgres tuning, part ${i + 1}`),
        ),
        episode("postgres-locks-explained", "Postgres locks explained"),
      ],
      issues: [],
      stats: {
        files: 1,
        parsedEpisodes: count + 1,
        mergedDuplicates: 0,
        boilerplateLines: 0,
        factsApplied: 0,
        factsRejected: 0,
      },
    });
    catalog = await openTempCatalog(big, "closest-big");
  }, 60_000);
  afterAll(() => catalog.close());

  const first = async (address: string) =>
    (await searchClosestEpisodes(address, catalog.client)).episodes[0]?.slug;

  it("finds a title with every word wherever it lies", async () => {
    expect(await first("/shows/big/postgres-lokcs")).toBe("postgres-locks-explained");
  });

  it("finds a title with most words through its rarest word, when no title has them all", async () => {
    expect(await first("/shows/big/postgres-locks-xyzzy")).toBe("postgres-locks-explained");
  });
});
