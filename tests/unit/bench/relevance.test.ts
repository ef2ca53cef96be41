// The relevance table's scoring (success@3, reciprocal rank, MRR) on hand-made responses, and the table
// itself: well-formed, with issue 15's cases, every expected episode and chapter present in the catalog.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { importCatalog } from "@/lib/ingest/store/import";
import {
  describeExpect,
  loadRelevanceQueries,
  relevanceQuerySchema,
  scoreQuery,
  summarizeRelevance,
  type RankedResults,
  type RelevanceQuery,
  type RelevanceTarget,
} from "@/bench/relevance";

const show = "the-backend-engineering-show";

/** A response listing these episodes in order, each "slug" or "slug@start,start" with its chapters. */
function response(...hits: string[]): RankedResults {
  return {
    results: hits.map((hit) => {
      const [key, chapters = ""] = hit.split("@");
      const [showSlug, slug] = key!.includes("/") ? key!.split("/") : [show, key];
      return {
        show: { slug: showSlug! },
        slug: slug!,
        chapters:
          chapters === "" ? [] : chapters.split(",").map((start) => ({ startSeconds: Number(start) })),
      };
    }),
  };
}

const entry = (episode: string, chapter: RelevanceTarget["chapter"] = null): RelevanceQuery => ({
  query: "q",
  kind: chapter === null ? "title" : "chapter",
  expect: { show, episode, chapter },
  note: "hand-made",
});
const none: RelevanceQuery = { query: "redis", kind: "none", expect: "none", note: "hand-made" };

// The seed catalog as a fresh clone has it: data/sources imported into a temporary file (data/catalog.db
// may be missing, or hold the e2e catalog).
let dir: string;
let sourcesCatalogPath: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "relevance-"));
  sourcesCatalogPath = path.join(dir, "catalog.db");
  const catalog = buildFromInputs(
    loadCatalogInputs({ sourcesDirs: [path.join(process.cwd(), "data/sources")] }),
  );
  await importCatalog({ catalog, dbPath: sourcesCatalogPath, inputHash: "relevance-test" });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scoring one query", () => {
  it("ranks the expected episode from 1 and takes its reciprocal", () => {
    const first = scoreQuery(entry("a"), response("a", "b", "c"));
    expect(first).toMatchObject({ rank: 1, chapterFound: null, ok: true, reciprocalRank: 1, total: 3 });
    const third = scoreQuery(entry("c"), response("a", "b", "c", "d"));
    expect(third).toMatchObject({ rank: 3, ok: true });
    expect(third.reciprocalRank).toBeCloseTo(1 / 3);
    expect(third.top).toEqual([`${show}/a`, `${show}/b`, `${show}/c`]);
  });

  it("fails success@3 from the fourth place on, and scores an absent episode 0", () => {
    expect(scoreQuery(entry("d"), response("a", "b", "c", "d"))).toMatchObject({
      rank: 4,
      ok: false,
      reciprocalRank: 0.25,
    });
    expect(scoreQuery(entry("z"), response("a", "b"))).toMatchObject({
      rank: null,
      ok: false,
      reciprocalRank: 0,
      listedChapters: null,
    });
    expect(scoreQuery(entry("z"), response())).toMatchObject({ rank: null, ok: false, reciprocalRank: 0 });
  });

  it("needs the expected chapter listed under the episode for success, not for the reciprocal rank", () => {
    const listed = scoreQuery(entry("a", 1446), response("b@1446", "a@90,1446"));
    expect(listed).toMatchObject({ rank: 2, chapterFound: true, listedChapters: [90, 1446], ok: true });
    const missing = scoreQuery(entry("a", 1446), response("a@90", "b@1446"));
    expect(missing).toMatchObject({ rank: 1, chapterFound: false, ok: false, reciprocalRank: 1 });
    const absent = scoreQuery(entry("z", 1446), response("a@1446"));
    expect(absent).toMatchObject({ rank: null, chapterFound: false, ok: false });
  });

  it("needs every chapter of a list", () => {
    const chapters = [550, 1710, 2365, 2760];
    expect(scoreQuery(entry("a", chapters), response("a@330,550,1710,2365,2760")).ok).toBe(true);
    expect(scoreQuery(entry("a", chapters), response("a@330,550,1710,2365"))).toMatchObject({
      chapterFound: false,
      ok: false,
    });
  });

  it("tells episodes of the same slug apart by their show", () => {
    const row = scoreQuery(entry("page-tables"), response("kernel-notes/page-tables", "page-tables"));
    expect(row).toMatchObject({ rank: 2, reciprocalRank: 0.5 });
    expect(row.top).toEqual(["kernel-notes/page-tables", `${show}/page-tables`]);
  });

  it("counts an expected 'none' as a success only when the result list is empty", () => {
    expect(scoreQuery(none, response())).toMatchObject({ rank: null, ok: true, reciprocalRank: 1 });
    expect(scoreQuery(none, response("a"))).toMatchObject({ rank: null, ok: false, reciprocalRank: 0 });
  });

  it("reports the search's total when the response has one", () => {
    expect(scoreQuery(entry("a"), { ...response("a"), total: 12 }).total).toBe(12);
  });

  it("writes the expectation as a reader would look it up", () => {
    expect(describeExpect("none")).toBe("none");
    expect(describeExpect({ show, episode: "kernel-level-tls", chapter: null })).toBe("kernel-level-tls");
    expect(describeExpect({ show, episode: "postgres-architecture", chapter: 1446 })).toBe(
      "postgres-architecture @ 24:06",
    );
    expect(describeExpect({ show, episode: "x", chapter: [550, 1710] })).toBe("x @ 9:10, 28:30");
  });
});

describe("the totals", () => {
  it("gives success@3 as a percentage and MRR as the mean reciprocal rank", () => {
    const rows = [
      scoreQuery(entry("a"), response("a")),
      scoreQuery(entry("b"), response("a", "b")),
      scoreQuery(entry("d"), response("a", "b", "c", "d")),
      scoreQuery(none, response("a")),
    ];
    const totals = summarizeRelevance(rows);
    // Reciprocal ranks 1, 0.5, 0.25, 0: MRR 1.75 / 4.
    expect(totals).toEqual({
      queries: 4,
      successes: 2,
      successAt3: 50,
      mrr: 0.438,
      byKind: { title: { queries: 3, successes: 2 }, none: { queries: 1, successes: 0 } },
      failing: ["q -> d", "redis -> none"],
    });
  });

  it("rounds success@3 to a tenth of a percent and MRR to three decimals", () => {
    const rows = [
      scoreQuery(entry("a"), response("a")),
      scoreQuery(entry("c"), response("a", "b", "c")),
      scoreQuery(entry("z"), response("a")),
    ];
    expect(summarizeRelevance(rows)).toMatchObject({ successAt3: 66.7, mrr: 0.444 });
  });

  it("is zero for an empty table rather than NaN", () => {
    expect(summarizeRelevance([])).toMatchObject({ queries: 0, successAt3: 0, mrr: 0 });
  });
});

describe("the table entries", () => {
  it("refuse a kind that contradicts the expectation, and unknown fields", () => {
    const target = { show, episode: "a", chapter: null };
    expect(
      relevanceQuerySchema.safeParse({ query: "x", kind: "none", expect: target, note: "n" }).success,
    ).toBe(false);
    expect(
      relevanceQuerySchema.safeParse({ query: "x", kind: "title", expect: "none", note: "n" }).success,
    ).toBe(false);
    expect(
      relevanceQuerySchema.safeParse({ query: "x", kind: "title", expect: { ...target, rank: 1 }, note: "n" })
        .success,
    ).toBe(false);
    expect(
      relevanceQuerySchema.safeParse({ query: "x", kind: "title", expect: target, note: "n" }).success,
    ).toBe(true);
  });
});

describe("bench/relevance-queries.json", () => {
  const table = loadRelevanceQueries();

  it("has 40 or more queries of every kind, issue 15's cases among them", () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(new Set(table.map((row) => row.kind))).toEqual(
      new Set(["title", "description", "chapter", "subpoint", "split", "compound", "typo", "none"]),
    );
    const queries = new Set(table.map((row) => row.query));
    for (const query of [
      "tls",
      "kernel",
      "redis",
      "postgres locks",
      "vacuum",
      "lock manager",
      "io_uring postgres",
      "kernal",
      "postgress",
      "conection",
    ]) {
      expect(queries, query).toContain(query);
    }
    expect(table.find((row) => row.query === "redis")?.expect).toBe("none");
    expect(table.find((row) => row.query === "postgres locks")?.expect).toMatchObject({
      episode: "all-postgres-locks-explained-a-deep-dive",
      chapter: [550, 1710, 2365, 2760],
    });
  });

  it("names episodes and chapters that exist in the catalog built from data/sources, and 'none' only for words it lacks", () => {
    const db = new Database(sourcesCatalogPath, { readonly: true, fileMustExist: true });
    try {
      const episode = db.prepare<[string, string], { id: number }>(
        `SELECT e.id FROM Episode e JOIN Show s ON s.id = e.showId WHERE s.slug = ? AND e.slug = ?`,
      );
      const chapter = db.prepare<[number, number], { id: number }>(
        `SELECT id FROM Chapter WHERE episodeId = ? AND startSeconds = ?`,
      );
      // Every episode's and chapter's text, lower-cased: an expected "none" has no row with all its words.
      const texts = db
        .prepare<[], { text: string }>(
          `SELECT lower(title || ' ' || description) AS text FROM Episode
             UNION ALL SELECT lower(title || ' ' || subpoints) FROM Chapter`,
        )
        .all()
        .map((row) => row.text);
      const problems: string[] = [];
      for (const row of table) {
        if (row.expect === "none") {
          const words = row.query.toLowerCase().split(/\s+/);
          const count = texts.filter((text) => words.every((word) => text.includes(word))).length;
          if (count > 0) problems.push(`${row.query}: expects nothing, but ${count} rows have its words`);
          continue;
        }
        const { show: showSlug, episode: slug, chapter: starts } = row.expect;
        const found = episode.get(showSlug, slug);
        if (!found) {
          problems.push(`${row.query}: no episode ${showSlug}/${slug}`);
          continue;
        }
        for (const start of starts === null ? [] : Array.isArray(starts) ? starts : [starts]) {
          if (!chapter.get(found.id, start))
            problems.push(`${row.query}: ${slug} has no chapter at ${start} s`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      db.close();
    }
  });
});
