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
