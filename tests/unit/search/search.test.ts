// Search over the real seed catalog plus a second show (the Network Stack Radio fixture feed) in a
// temporary SQLite file. Expected hits come from reading the sources: which episode discusses what, and
// at which chapter time.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { importCatalog } from "@/lib/ingest/store/import";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { searchCatalog } from "@/lib/search/search";
import type { SearchRequest, SearchResponse } from "@/lib/search/types";

const root = process.cwd();
let dir: string;
let client: PrismaClient;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "search-"));
  // The second show's feed names its own channel, so the import makes it a show of its own.
  const radio = path.join(dir, "radio");
  mkdirSync(radio);
  const feeds = path.join(root, "tests/fixtures/feeds");
  cpSync(path.join(feeds, "network-stack-radio.xml"), path.join(radio, "network-stack-radio.xml"));
  cpSync(path.join(feeds, "chapters"), path.join(radio, "chapters"), { recursive: true });
  const catalog = buildFromInputs(
    loadCatalogInputs({ sourcesDirs: [path.join(root, "data/sources"), radio] }),
  );
  const dbPath = path.join(dir, "catalog.db");
  await importCatalog({ catalog, dbPath, inputHash: "search-test" });
  client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${dbPath}`, fileMustExist: true }),
  });
});

afterAll(async () => {
  await client.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const search = (query: string, extra: Omit<SearchRequest, "query"> = {}) =>
  searchCatalog({ query, ...extra }, client);
const slugs = (response: SearchResponse) => response.results.map((hit) => hit.slug);
const showsOf = (response: SearchResponse) => new Set(response.results.map((hit) => hit.show.slug));
const backendShow = "the-backend-engineering-show";
const radioShow = "network-stack-radio";
const chapterTimes = (response: SearchResponse, slug: string) =>
  response.results.find((hit) => hit.slug === slug)?.chapters.map((chapter) => chapter.startSeconds) ?? [];

describe("finding the minute", () => {
  it("finds TLB in the Page Tables episode at 33:00", async () => {
    const response = await search("tlb");
    expect(slugs(response)).toEqual(["page-tables"]);
    expect(response.results[0]!.chapters).toEqual([
      {
        startSeconds: 1980,
        title: [{ text: "TLB", marked: true }],
        snippet: null,
        url: `/shows/${backendShow}/page-tables?t=1980`,
      },
    ]);
    expect(response.results[0]).toMatchObject({
      show: { slug: backendShow, name: "The Backend Engineering Show with Hussein Nasser" },
      url: `/shows/${backendShow}/page-tables`,
    });
  });

  it("ranks a chapter-title hit above a passing mention in a description", async () => {
    const response = await search("io_uring");
    // io_uring is a chapter title in "io uring gets even faster" and in "Postgres 18 gets Async IO";
    // "When do you use threads?" only mentions it once in its description.
    expect(slugs(response).slice(0, 2).sort()).toEqual([
      "io-uring-gets-even-faster",
      "postgres-18-gets-async-io",
    ]);
    expect(slugs(response).at(-1)).toBe("when-do-you-use-threads");
    expect(chapterTimes(response, "postgres-18-gets-async-io")).toEqual([1380]);
    expect(chapterTimes(response, "when-do-you-use-threads")).toEqual([]);
  });

  it("matches words as prefixes while typing", async () => {
    const response = await search("postg");
    expect(response.total).toBeGreaterThanOrEqual(9);
    expect(slugs(response)).toContain("all-postgres-locks-explained-a-deep-dive");
    expect(response.suggestion).toBeUndefined();
  });

  it("finds 'postgres locks' at the Postgres locks overview chapter", async () => {
    const response = await search("postgres locks");
    expect(slugs(response)[0]).toBe("all-postgres-locks-explained-a-deep-dive");
    expect(chapterTimes(response, "all-postgres-locks-explained-a-deep-dive")).toContain(330);
  });

  it("treats io uring, iouring and io_uring alike", async () => {
    for (const query of ["io uring", "iouring", "io_uring"]) {
      const response = await search(query);
      expect(slugs(response), query).toContain("io-uring-gets-even-faster");
    }
  });

  it("keeps HTTP/2 and TLS_HW findable as written", async () => {
    const http2 = await search("HTTP/2");
    expect(chapterTimes(http2, "graceful-shutdown-in-http")).toEqual([746, 1060]);
    const tlsHw = await search("TLS_HW");
    expect(slugs(tlsHw)).toEqual(["kernel-level-tls"]);
    expect(chapterTimes(tlsHw, "kernel-level-tls")).toEqual([500, 615]);
  });

  it("searches quoted phrases as phrases", async () => {
    const phrase = await search('"page fault"');
    expect(slugs(phrase)).toEqual(["cpu-and-kernel-page-faults"]);
    expect(chapterTimes(phrase, "cpu-and-kernel-page-faults")).toContain(1530);
    // Without quotes the words may be anywhere in a row; with them, only in this order.
    const loose = await search("page fault");
    expect(slugs(loose)).toContain("cpu-and-kernel-page-faults");
    expect((await search('"fault page"')).total).toBe(0);
  });

  it("marks the matching words in snippets", async () => {
    const response = await search("graceful");
    const hit = response.results.find((result) => result.slug === "graceful-shutdown-in-http")!;
    expect(hit.snippet.some((part) => part.marked && /graceful/i.test(part.text))).toBe(true);
  });

  it("filters by topic and sorts by date", async () => {
    const all = await search("performance");
    const filtered = await search("performance", { topic: "postgresql" });
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.results.every((hit) => hit.topics.some((topic) => topic.slug === "postgresql"))).toBe(
      true,
    );
    const byDate = await search("postgres", { sort: "date" });
    const dates = byDate.results.map((hit) => hit.publishedAt?.getTime() ?? -Infinity);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect((await search("postgres", { topic: "no-such-topic" })).total).toBe(0);
  });

  it("pages through every matching episode once, in score order, and clamps a page past the end", async () => {
    const first = await search("the", { limit: 5 });
    expect(first.total).toBeGreaterThan(15);
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page += 1)
      pages.push(await search("the", { limit: 5, page }));
    const all = pages.flatMap((response) => response.results);
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((hit) => hit.slug)).size).toBe(first.total);
    const scores = all.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const beyond = await search("the", { limit: 5, page: 999 });
    expect(beyond.page).toBe(first.pageCount);
    expect(slugs(beyond)).toEqual(slugs(pages.at(-1)!));
  });
});

describe("issue 15: ranking as a listener expects", () => {
  /** Slugs of the episodes whose title has the word, read from the catalog's titles. */
  const titledWith = async (word: RegExp) =>
    (await client.episode.findMany({ select: { slug: true, title: true } }))
      .filter((episode) => word.test(episode.title))
      .map((episode) => episode.slug);

  it("tls: the episode titled TLS first, nothing through TLB", async () => {
    const response = await search("tls");
    expect(slugs(response)[0]).toBe("kernel-level-tls");
    expect(slugs(response)).not.toContain("page-tables");
  });

  it("kernel: every episode titled Kernel before any that mentions it, the shortest titles first", async () => {
    const titled = await titledWith(/\bkernel\b/i);
    expect(titled.length).toBeGreaterThanOrEqual(5);
    const response = await search("kernel", { limit: 50 });
    expect(new Set(slugs(response).slice(0, titled.length))).toEqual(new Set(titled));
    expect(slugs(response).slice(0, 2)).toEqual(["kernel-level-tls", "windows-vs-linux-kernel"]);
    // A chapter mention (Tracing Kernel System Calls) comes after every title.
    expect(
      slugs(response).indexOf("how-apache-kafka-got-faster-by-switching-ext4-to-xfs"),
    ).toBeGreaterThanOrEqual(titled.length);
  });

  it("redis: nothing, and no suggestion: the host's promotions are not searched", async () => {
    expect(await search("redis")).toMatchObject({ total: 0, results: [], match: "all" });
    expect((await search("redis")).suggestion).toBeUndefined();
    // The descriptions still say "(link redirects to udemy with coupon)"; search finds none of it.
    const promoted = await client.episode.count({
      where: { description: { contains: "redirects to udemy" } },
    });
    expect(promoted).toBeGreaterThanOrEqual(5);
    for (const word of ["redirects", "udemy", "coupon", "paperback"]) {
      expect((await search(word)).total, word).toBe(0);
    }
  });

  it("postgres locks: the locks episode with each Locks chapter, in time order", async () => {
    const response = await search("postgres locks");
    expect(slugs(response)[0]).toBe("all-postgres-locks-explained-a-deep-dive");
    const times = chapterTimes(response, "all-postgres-locks-explained-a-deep-dive");
    for (const start of [330, 550, 1710, 2365, 2760]) expect(times).toContain(start);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.length).toBeLessThanOrEqual(6);
  });

  it("vacuum: Postgres Architecture at 24:06 Autovacuum Launcher and Workers", async () => {
    const response = await search("vacuum");
    expect(slugs(response)).toEqual(["postgres-architecture"]);
    const chapter = response.results[0]!.chapters.find((hit) => hit.startSeconds === 1446);
    expect(chapter?.title.filter((part) => part.marked).map((part) => part.text)).toEqual(["Autovacuum"]);
  });

  it("lock manager: the article on lockmanager waits, not a correction", async () => {
    const response = await search("lock manager");
    expect(slugs(response)[0]).toBe("they-enabled-postgres-partitioning-and-their-backend-fell-apart");
    expect(response).toMatchObject({ query: "lock manager", match: "all" });
    expect(response.corrected).toBeUndefined();
  });

  it("io_uring postgres: the Postgres 18 episode with its chapter 23:00 io_method io_uring", async () => {
    const response = await search("io_uring postgres");
    expect(slugs(response)[0]).toBe("postgres-18-gets-async-io");
    expect(chapterTimes(response, "postgres-18-gets-async-io")).toContain(1380);
  });

  it("finds words split between an episode's title and one of its chapters", async () => {
    // "huge" only in chapter 31:00 Huge Tables, "pages" in the title Page Tables.
    const response = await search("huge pages");
    expect(slugs(response)[0]).toBe("page-tables");
    expect(chapterTimes(response, "page-tables")).toContain(1860);
  });

  it("ranks words as typed before longer words and compounds", async () => {
    // "lock": the locks episodes as typed; the partition episode only through "lockmanager".
    const response = await search("lock");
    const last = response.results.at(-1)!;
    expect(last.slug).toBe("they-enabled-postgres-partitioning-and-their-backend-fell-apart");
    expect(Math.max(...response.results.slice(0, -1).map((hit) => hit.score))).toBeGreaterThan(last.score);
    expect(Math.min(...response.results.slice(0, -1).map((hit) => hit.score))).toBeGreaterThan(last.score);
  });

  it("offers a spelling only for a query that finds nothing as typed, and only one that finds results", async () => {
    for (const query of ["tls", "kernel", "postgres locks", "vacuum", "lock manager", "fsync", "postg"]) {
      const response = await search(query);
      expect(response.total, query).toBeGreaterThan(0);
      expect(response.suggestion, query).toBeUndefined();
      expect(response.corrected, query).toBeUndefined();
    }
    const kernal = await search("kernal");
    expect(kernal).toMatchObject({ suggestion: "kernel", corrected: true, query: "kernel" });
    expect(slugs(kernal).slice(0, 3)).toContain("kernel-level-tls");
    // Spelt right, "zqxjvw kernel" finds nothing either: no suggestion; the words found are offered alone.
    const unknown = await search("zqxjvw qxjvwz");
    expect(unknown).toMatchObject({ total: 0, results: [], match: "all" });
    expect(unknown.suggestion).toBeUndefined();
    const partly = await search("zqxjvw kernal");
    expect(partly).toMatchObject({ match: "any", query: "zqxjvw kernel", corrected: true });
    expect(partly.total).toBe((await search("kernel")).total);
  });

  it("falls back to episodes with any of the words, and says so", async () => {
    const kernel = await search("kernel", { limit: 50 });
    const fallback = await search("redis kernel", { limit: 50 });
    expect(fallback).toMatchObject({ match: "any", query: "redis kernel", total: kernel.total });
    expect(new Set(slugs(fallback))).toEqual(new Set(slugs(kernel)));
    expect(fallback.corrected).toBeUndefined();
    expect((await search("postgres locks")).match).toBe("all");
  });
});

describe("every show", () => {
  it("finds episodes of every show, each naming its show, and narrows to one show", async () => {
    // fsync: "Your SSD lies but that's ok … Postgres fsync" here, "Write-ahead logs & fsync" on the radio.
    const all = await search("fsync");
    expect(showsOf(all)).toEqual(new Set([backendShow, radioShow]));
    const wal = all.results.find((hit) => hit.show.slug === radioShow)!;
    expect(wal).toMatchObject({
      slug: "write-ahead-logs-and-fsync",
      show: { slug: radioShow, name: "Network Stack Radio" },
      url: `/shows/${radioShow}/write-ahead-logs-and-fsync`,
    });

    const radio = await search("fsync", { show: radioShow });
    expect(slugs(radio)).toEqual(["write-ahead-logs-and-fsync"]);
    expect(radio.total).toBe(1);
    const backend = await search("fsync", { show: backendShow });
    expect(showsOf(backend)).toEqual(new Set([backendShow]));
    expect(backend.total).toBe(all.total - 1);
  });

  it("links a chapter hit of another show to that show's episode page", async () => {
    // "12:45 Sizing the pool" in "Connection pooling, explained".
    const response = await search("sizing", { show: radioShow });
    expect(response.results[0]?.chapters).toContainEqual(
      expect.objectContaining({
        startSeconds: 765,
        url: `/shows/${radioShow}/connection-pooling-explained?t=765`,
      }),
    );
  });

  it("gives each hit what it plays from: the video, the feed's audio, or neither", async () => {
    // data/episode-facts.json gives "Postgres 18 gets Async IO" the video yGjGc21mmoU; the radio's feed
    // gives "Connection pooling, explained" the enclosure …/nsr/0042.mp3; "CPU and Kernel Page Faults"
    // has neither (no fact, no feed item, no YouTube link in its text).
    const video = (await search("io_uring")).results.find((hit) => hit.slug === "postgres-18-gets-async-io");
    expect([video?.youtubeId, video?.audioUrl]).toEqual(["yGjGc21mmoU", null]);
    const audio = (await search("sizing", { show: radioShow })).results[0];
    expect([audio?.slug, audio?.youtubeId, audio?.audioUrl]).toEqual([
      "connection-pooling-explained",
      null,
      "https://cdn.example.org/nsr/0042.mp3",
    ]);
    const neither = (await search('"page fault"')).results[0];
    expect([neither?.slug, neither?.youtubeId, neither?.audioUrl]).toEqual([
      "cpu-and-kernel-page-faults",
      null,
      null,
    ]);
  });

  it("matches nothing for an unknown show, as for an unknown topic", async () => {
    expect(await search("fsync", { show: "no-such-show" })).toMatchObject({ total: 0, results: [] });
  });
});

describe("typos", () => {
  it.each([
    ["postgress", "postgres"],
    ["kernal", "kernel"],
    ["conection", "connection"],
  ])("%s is corrected to %s from the catalog's own words", async (typo, word) => {
    const response = await search(typo);
    expect(response.suggestion).toBe(word);
    expect(response.corrected).toBe(true);
    expect(response.total).toBeGreaterThan(0);
    expect(response.query).toBe(word);
  });

  it("does not correct a word the catalog knows", async () => {
    const response = await search("fsync");
    expect(response.suggestion).toBeUndefined();
    expect(slugs(response)).toContain("your-ssd-lies-but-thats-ok-postgres-fsync");
  });
});

/** Inputs that break naive FTS5 or SQL handling. */
const HOSTILE = [
  '"',
  '""',
  '"""',
  "'",
  "''",
  "*",
  "**",
  "(",
  ")",
  "()",
  "((a",
  "a))",
  "[",
  "]",
  "{",
  "}",
  "^",
  "-",
  "--",
  "+",
  ":",
  "::",
  ";",
  "\\",
  "/",
  "//",
  ".",
  "...",
  ",",
  "AND",
  "OR",
  "NOT",
  "NEAR",
  "NEAR(a b)",
  "NEAR(a b, 2)",
  "a AND",
  "OR b",
  "NOT NOT",
  "title:tlb",
  "chapter_title:tlb",
  "{title body}: tlb",
  "^tlb",
  "tlb*",
  "*tlb",
  "tl*b",
  "'; DROP TABLE Episode; --",
  '" OR 1=1 --',
  "%",
  "%00",
  "\u0000",
  "\u0000tlb",
  "_",
  "__",
  "a_",
  "_b",
  "x".repeat(10_000),
  "postgres ".repeat(2000),
  "🙂",
  "🙂 tlb",
  "ｔｌｂ",
  "TLB\u200b",
  "é",
  "ß",
  "中文",
  "עברית",
  "\n\t\r",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "SELECT * FROM Episode",
  "rank MATCH",
  "search_index",
  "bm25(",
  "highlight(",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "undefined",
  '\\"',
  '"unterminated phrase',
  'unterminated"',
  'a"b"c',
  "MATCH",
  "NEAR/3",
  "+tlb",
  "-tlb",
];

describe("hostile input", { timeout: 60_000 }, () => {
  it(`answers ${HOSTILE.length} nasty strings without throwing`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
    for (const query of HOSTILE) {
      const response = await search(query);
      expect(response.total, JSON.stringify(query.slice(0, 40))).toBeGreaterThanOrEqual(0);
    }
    expect(slugs(await search("ｔｌｂ"))).toEqual(["page-tables"]);
    expect(slugs(await search("tlb*"))).toEqual(["page-tables"]);
  });

  it("never throws on arbitrary text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: "binary", maxLength: 60 }),
          fc
            .array(
              fc.constantFrom('"', "*", "(", ")", "AND", "NEAR", ":", "^", "tlb", "post", " ", "-", "_", "/"),
              { maxLength: 12 },
            )
            .map((parts) => parts.join("")),
        ),
        fc.constantFrom("relevance" as const, "date" as const),
        async (query, sort) => {
          const response = await search(query, { sort });
          expect(Array.isArray(response.results)).toBe(true);
        },
      ),
      { numRuns: 150, seed: 424242 },
    );
  }, 60_000);
});
