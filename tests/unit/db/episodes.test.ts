// Neighbours and related episodes as the site reads them (lib/db/episodes.ts, rows the import stored)
// against a brute-force computation over the same database: the real seed catalog plus a second show
// (the Network Stack Radio fixture feed), imported into a temporary SQLite file. The brute force sorts
// with the site's own list order (episodeOrder) and compares every episode with every other.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { terms } from "@/lib/ingest/related";
import { importCatalog } from "@/lib/ingest/store/import";
import { PrismaClient } from "@/lib/generated/prisma/client";

const dir = mkdtempSync(path.join(os.tmpdir(), "db-episodes-"));
const dbPath = path.join(dir, "catalog.db");

vi.mock("server-only", () => ({}));
// The read layer's client, on the temporary catalog instead of data/catalog.db (the factory runs at
// the first import of the client below, once dbPath is set).
vi.mock("@/lib/db/client", () => ({
  db: new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${dbPath}`, fileMustExist: true }),
  }),
}));

const { db } = await import("@/lib/db/client");
const { getNeighbours, listRelatedEpisodes } = await import("@/lib/db/episodes");
const { episodeOrder } = await import("@/lib/db/shapes");

type Row = { id: number; slug: string; title: string; show: string; chapterTitles: string[] };
let episodes: Row[];
let showNames: string[];

beforeAll(async () => {
  const root = process.cwd();
  const radio = path.join(dir, "radio");
  mkdirSync(radio);
  const feeds = path.join(root, "tests/fixtures/feeds");
  cpSync(path.join(feeds, "network-stack-radio.xml"), path.join(radio, "network-stack-radio.xml"));
  cpSync(path.join(feeds, "chapters"), path.join(radio, "chapters"), { recursive: true });
  const catalog = buildFromInputs(
    loadCatalogInputs({ sourcesDirs: [path.join(root, "data/sources"), radio] }),
  );
  await importCatalog({ catalog, dbPath: dbPath, inputHash: "episodes-test" });

  const rows = await db.episode.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      show: { select: { slug: true } },
      chapters: { select: { title: true }, orderBy: { position: "asc" } },
    },
    orderBy: episodeOrder,
  });
  episodes = rows.map(({ show, chapters, ...row }) => ({
    ...row,
    show: show.slug,
    chapterTitles: chapters.map((chapter) => chapter.title),
  }));
  showNames = (await db.show.findMany({ select: { name: true } })).map((show) => show.name);
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const keyOf = (episode: { show: string | { slug: string }; slug: string }) =>
  `${typeof episode.show === "string" ? episode.show : episode.show.slug}/${episode.slug}`;

/** Every episode's TF-IDF vector, straight from the definition: title words count 3, chapter words 1. */
function vectors(): Map<string, number>[] {
  const ignored = new Set(showNames.flatMap((name) => name.toLowerCase().match(/[a-z0-9_+]+/g) ?? []));
  const counts = episodes.map((episode) => {
    const vector = new Map<string, number>();
    for (const term of terms(episode.title, ignored)) vector.set(term, (vector.get(term) ?? 0) + 3);
    for (const title of episode.chapterTitles) {
      for (const term of terms(title, ignored)) vector.set(term, (vector.get(term) ?? 0) + 1);
    }
    return vector;
  });
  const documentFrequency = new Map<string, number>();
  for (const vector of counts) {
    for (const term of vector.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return counts.map(
    (vector) =>
      new Map(
        [...vector].map(([term, count]) => [
          term,
          count * (Math.log((counts.length + 1) / (documentFrequency.get(term)! + 1)) + 1),
        ]),
      ),
  );
}

const norm = (vector: Map<string, number>) =>
  Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));

describe("getNeighbours", () => {
  it("gives every episode the one before and after it in its show's list, as the list sorts them", async () => {
    expect(episodes.length).toBeGreaterThan(50);
    expect(new Set(episodes.map((episode) => episode.show)).size).toBe(2);
    for (const [index, episode] of episodes.entries()) {
      const sameShow = episodes.filter((other) => other.show === episode.show);
      const at = sameShow.indexOf(episode);
      const expected = (other: Row | undefined) => (other ? { slug: other.slug, title: other.title } : null);
      expect(await getNeighbours(episode.show, episode.slug), `episode ${index}: ${keyOf(episode)}`).toEqual({
        newer: expected(sameShow[at - 1]),
        older: expected(sameShow[at + 1]),
      });
    }
  });

  it("has none for an episode that does not exist", async () => {
    expect(await getNeighbours("no-such-show", "no-such-episode")).toEqual({ newer: null, older: null });
  });
});

describe("listRelatedEpisodes", () => {
  it("gives every episode the ranking of a comparison with every other episode", async () => {
    const weighted = vectors();
    let withRelated = 0;
    let fromOtherShow = 0;
    for (const [index, episode] of episodes.entries()) {
      const target = weighted[index]!;
      const scored = weighted
        .map((vector, other) => {
          let dot = 0;
          for (const [term, value] of vector) dot += value * (target.get(term) ?? 0);
          const denominator = norm(vector) * norm(target);
          return { other, score: denominator === 0 ? 0 : Math.round((dot / denominator) * 1e9) / 1e9 };
        })
        .filter(({ other, score }) => other !== index && score > 0.05)
        .sort((a, b) => b.score - a.score || a.other - b.other)
        .map(({ other }) => episodes[other]!);
      const expected = [
        ...scored.filter((other) => other.show === episode.show),
        ...scored.filter((other) => other.show !== episode.show),
      ]
        .slice(0, 4)
        .map(keyOf);
      const related = await listRelatedEpisodes(episode.show, episode.slug);
      expect(related.map(keyOf), `episode ${index}: ${keyOf(episode)}`).toEqual(expected);
      if (expected.length > 0) withRelated += 1;
      if (related.some((other) => other.show.slug !== episode.show)) fromOtherShow += 1;
    }
    // Not a vacuous agreement: most episodes have related ones, some from the other show.
    expect(withRelated).toBeGreaterThan(episodes.length / 2);
    expect(fromOtherShow).toBeGreaterThan(0);
  });

  it("returns episode summaries, and fewer on request", async () => {
    const episode = episodes.find((row) => row.slug === "postgres-18-gets-async-io")!;
    const related = await listRelatedEpisodes(episode.show, episode.slug);
    expect(related.length).toBeGreaterThan(1);
    expect(Object.keys(related[0]!).sort()).toEqual(
      [
        "audioUrl",
        "chapterCount",
        "durationPrecision",
        "durationSeconds",
        "publishedAt",
        "publishedPrecision",
        "show",
        "slug",
        "title",
        "topics",
        "youtubeId",
      ].sort(),
    );
    expect(related[0]!.show).toEqual({ slug: episode.show, name: expect.any(String) });
    expect(await listRelatedEpisodes(episode.show, episode.slug, 1)).toEqual(related.slice(0, 1));
  });

  it("has none for an episode that does not exist", async () => {
    expect(await listRelatedEpisodes("no-such-show", "no-such-episode")).toEqual([]);
  });
});

describe("listCoursePromotions", () => {
  it("lists each show's distinct course link labels, sorted, and only that show's", async () => {
    const { listCoursePromotions } = await import("@/lib/db/show");
    const shows = [...new Set(episodes.map((episode) => episode.show))];
    expect(shows.length).toBeGreaterThan(1);
    let found = 0;
    for (const show of shows) {
      const links = await db.link.findMany({
        where: { kind: "course", episode: { show: { slug: show } } },
        select: { label: true },
      });
      const expected = [...new Set(links.flatMap((link) => (link.label === null ? [] : [link.label])))].sort(
        (a, b) => (a < b ? -1 : a > b ? 1 : 0),
      );
      const listed = await listCoursePromotions(show);
      expect(listed, show).toEqual(expected);
      found += listed.length;
    }
    // The seed show promotes its courses: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(3);
    expect(await listCoursePromotions("no-such-show")).toEqual([]);
  });
});
