// Neighbours and related episodes as the site reads them (lib/db/episodes.ts, rows the import stored)
// against a brute-force computation over the same database: the real seed catalog plus a second show
// (the Network Stack Radio fixture feed), imported into a temporary SQLite file. The brute force sorts
// with the site's own list order (episodeOrder) and compares every episode with every other. The list
// (its orders, card summaries and the counts beside its filters) is checked the same way, against
// orders and filters written out here, and against values read from the sources.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { terms } from "@/lib/ingest/related";
import type { EpisodeFilter } from "@/lib/db/shapes";
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
const {
  countEpisodesByTopic,
  countEpisodesEach,
  getNeighbours,
  listEpisodeCards,
  listEpisodes,
  listRelatedEpisodes,
} = await import("@/lib/db/episodes");
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

/** tests/fixtures/feeds/network-stack-radio.xml: the second show of this catalog. */
const RADIO = "network-stack-radio";
const SEED = "the-backend-engineering-show";

type ListRow = {
  show: string;
  slug: string;
  position: number;
  publishedAt: number | null;
  durationSeconds: number | null;
  hasVideo: boolean;
  chapterCount: number;
  topics: string[];
};

describe("the episode list", () => {
  let rows: ListRow[];

  beforeAll(async () => {
    const stored = await db.episode.findMany({
      select: {
        show: { select: { slug: true } },
        slug: true,
        position: true,
        publishedAt: true,
        durationSeconds: true,
        youtubeId: true,
        chapterCount: true,
        topics: { select: { topic: { select: { slug: true } } } },
      },
    });
    rows = stored.map((row) => ({
      show: row.show.slug,
      slug: row.slug,
      position: row.position,
      publishedAt: row.publishedAt?.getTime() ?? null,
      durationSeconds: row.durationSeconds,
      hasVideo: row.youtubeId !== null,
      chapterCount: row.chapterCount,
      topics: row.topics.map((link) => link.topic.slug),
    }));
  });

  /** What a filter keeps, from its definition: bounds inclusive, an unknown value never inside one. */
  const keeps = (filter: EpisodeFilter) => (row: ListRow) =>
    (!filter.show || row.show === filter.show) &&
    (filter.hasVideo === undefined || row.hasVideo === filter.hasVideo) &&
    (!filter.hasChapters || row.chapterCount > 0) &&
    (filter.minSeconds === undefined || (row.durationSeconds ?? -1) >= filter.minSeconds) &&
    (filter.maxSeconds === undefined ||
      (row.durationSeconds !== null && row.durationSeconds <= filter.maxSeconds)) &&
    (!filter.topic || row.topics.includes(filter.topic));

  /** Dated before undated (nulls last), then by `compare`; ties in source order. */
  const nullsLast =
    (value: (row: ListRow) => number | null, direction: 1 | -1) =>
    (a: ListRow, b: ListRow): number => {
      const x = value(a);
      const y = value(b);
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      return (x - y) * direction;
    };
  const byDate = (direction: 1 | -1) => nullsLast((row) => row.publishedAt, direction);
  const expectedOrders = {
    newest: (a: ListRow, b: ListRow) => byDate(-1)(a, b) || a.position - b.position,
    oldest: (a: ListRow, b: ListRow) => byDate(1)(a, b) || a.position - b.position,
    longest: (a: ListRow, b: ListRow) =>
      nullsLast((row) => row.durationSeconds, -1)(a, b) || byDate(-1)(a, b) || a.position - b.position,
  } as const;

  const slugs = (page: { episodes: { slug: string }[] }) => page.episodes.map((episode) => episode.slug);

  it("reads the radio show in each order, as its feed dates and times its episodes", async () => {
    // Dec 15 2025 and Sep 2 2025; "Write-ahead logs" has no date and "Timeouts everywhere" a date no
    // parser reads ("sometime in 2024"): undated, in feed order. Three episodes last 3723 s (1:02:03,
    // 62:03, 3723); "Timeouts everywhere" 1845.5 s.
    const read = async (sort: "newest" | "oldest" | "longest") =>
      slugs(await listEpisodeCards({ show: RADIO }, { page: 1, pageSize: 10, sort }));
    expect(await read("newest")).toEqual([
      "load-balancers-at-layer-4-and-layer-7",
      "connection-pooling-explained",
      "write-ahead-logs-and-fsync",
      "timeouts-everywhere",
    ]);
    expect(await read("oldest")).toEqual([
      "connection-pooling-explained",
      "load-balancers-at-layer-4-and-layer-7",
      "write-ahead-logs-and-fsync",
      "timeouts-everywhere",
    ]);
    // Equal lengths newest first (the undated one after the dated ones).
    expect(await read("longest")).toEqual([
      "load-balancers-at-layer-4-and-layer-7",
      "connection-pooling-explained",
      "write-ahead-logs-and-fsync",
      "timeouts-everywhere",
    ]);
    // Newest is the default.
    expect(slugs(await listEpisodeCards({ show: RADIO }, { page: 1, pageSize: 10 }))).toEqual(
      await read("newest"),
    );
  });

  it("starts the seed show's oldest and longest lists where episode-facts.json says", async () => {
    // How Discord Stores Trillions of Messages: 2023-03-11, 4140 s (69 min); then Loom's session leak
    // (2023-03-14), and Cloudflare's global cache purge (3741 s).
    const first = async (sort: "oldest" | "longest") =>
      slugs(await listEpisodes({ show: SEED }, { page: 1, pageSize: 2, sort }));
    expect(await first("oldest")).toEqual([
      "how-discord-stores-trillions-of-messages-a-deep-dive",
      "why-loom-users-got-each-others-sessions-on-march-7th-2023",
    ]);
    expect(await first("longest")).toEqual([
      "how-discord-stores-trillions-of-messages-a-deep-dive",
      "cloudflares-150ms-global-cache-purge-deep-dive",
    ]);
  });

  it("pages through every order of every show as the orders are defined", async () => {
    for (const show of [SEED, RADIO, undefined]) {
      for (const [sort, compare] of Object.entries(expectedOrders)) {
        const expected = rows
          .filter(keeps({ show }))
          .sort(compare)
          .map((row) => row.slug);
        const first = await listEpisodeCards({ show }, { page: 1, pageSize: 7, sort: sort as "newest" });
        const pages = [first];
        for (let page = 2; page <= first.pageCount; page += 1) {
          pages.push(await listEpisodeCards({ show }, { page, pageSize: 7, sort: sort as "newest" }));
        }
        expect(pages.flatMap(slugs), `${show ?? "all"} ${sort}`).toEqual(expected);
        expect(first.total, `${show ?? "all"} ${sort}`).toBe(expected.length);
      }
    }
    // Undated episodes and unknown lengths exist, so "last" is tested.
    expect(rows.some((row) => row.publishedAt === null)).toBe(true);
    expect(rows.some((row) => row.durationSeconds === null)).toBe(true);
  });

  it("gives listEpisodes the same page without summaries", async () => {
    const options = { page: 2, pageSize: 5, sort: "longest" } as const;
    const cards = await listEpisodeCards({ show: SEED, hasChapters: true }, options);
    const plain = await listEpisodes({ show: SEED, hasChapters: true }, options);
    expect(plain.episodes).toEqual(cards.episodes.map(({ summary, ...episode }) => episode));
    expect({ ...plain, episodes: [] }).toEqual({ ...cards, episodes: [] });
    expect(Object.keys(cards.episodes[0]!)).toContain("summary");
    expect(Object.keys(cards.episodes[0]!)).not.toContain("description");
  });

  it("sums each radio episode up in a line, from its feed's description", async () => {
    const cards = await listEpisodeCards({ show: RADIO }, { page: 1, pageSize: 10 });
    const summaries = Object.fromEntries(cards.episodes.map((card) => [card.slug, card.summary]));
    expect(summaries).toEqual({
      // content:encoded, its links dropped (the text around them stays).
      "connection-pooling-explained":
        "Why every database driver ships a pool – and why yours is probably too big. Read the Postgres docs first. Guest: Sam’s blog",
      "write-ahead-logs-and-fsync": "How databases survive a power cut.",
      "load-balancers-at-layer-4-and-layer-7": "Plain text this time, recorded at 3:10 PM.",
      "timeouts-everywhere": "Connect, read and idle timeouts <and> how they interact.",
    });
  });

  it("cuts a long description at a word, within 140 characters", async () => {
    // Its first sentence (194 characters) does not fit: the words that do, and "…".
    const cards = await listEpisodeCards({ show: SEED }, { page: 1, pageSize: 1, sort: "oldest" });
    expect(cards.episodes[0]?.summary).toBe(
      "Discord engineering goes into details of how they migrated from Cassandra to ScyllaDB, improved the performance of their reads and writes…",
    );
    const all = await listEpisodeCards({}, { page: 1, pageSize: 100 });
    for (const card of all.episodes) {
      expect((card.summary ?? "").length, card.slug).toBeLessThanOrEqual(140);
      expect(card.summary ?? "", card.slug).not.toMatch(/https?:/);
    }
    expect(all.episodes.filter((card) => card.summary).length).toBeGreaterThan(50);
  });

  it("counts the radio show's episodes under each filter, as its feed has them", async () => {
    // Four episodes, none with a video; three with chapters (a chapters file, or times in the text);
    // three of 3723 s and one of 1845.5 s (30–45 min).
    expect(
      await countEpisodesEach({
        all: { show: RADIO },
        video: { show: RADIO, hasVideo: true },
        chapters: { show: RADIO, hasChapters: true },
        xl: { show: RADIO, minSeconds: 2700 },
        long: { show: RADIO, minSeconds: 1800, maxSeconds: 2699 },
        longWithChapters: { show: RADIO, minSeconds: 1800, maxSeconds: 2699, hasChapters: true },
      }),
    ).toEqual({ all: 4, video: 0, chapters: 3, xl: 3, long: 1, longWithChapters: 0 });
  });

  it("counts every combination of the list's filters as the filters are defined", async () => {
    const topics = (await db.topic.findMany({ select: { slug: true }, orderBy: { position: "asc" } })).map(
      (topic) => topic.slug,
    );
    const lengths: Pick<EpisodeFilter, "minSeconds" | "maxSeconds">[] = [
      {},
      { maxSeconds: 899 },
      { minSeconds: 900, maxSeconds: 1799 },
      { minSeconds: 1800, maxSeconds: 2699 },
      { minSeconds: 2700 },
    ];
    const filters: Record<string, EpisodeFilter> = {};
    for (const show of [SEED, RADIO])
      for (const hasVideo of [undefined, true])
        for (const hasChapters of [undefined, true])
          for (const [index, length] of lengths.entries())
            for (const topic of [undefined, topics[0], "networking"]) {
              const filter = { show, hasVideo, hasChapters, ...length, topic };
              filters[`${show} ${hasVideo} ${hasChapters} ${index} ${topic}`] = filter;
            }
    const counts = await countEpisodesEach(filters);
    for (const [key, filter] of Object.entries(filters)) {
      expect(counts[key], key).toBe(rows.filter(keeps(filter)).length);
    }
    // Not all zeros: most combinations keep something.
    expect(Object.values(counts).filter((count) => count > 0).length).toBeGreaterThan(50);
  });

  it("counts each topic's episodes among those a filter keeps, every topic in taxonomy order", async () => {
    const topics = await db.topic.findMany({
      select: { slug: true, name: true },
      orderBy: { position: "asc" },
    });
    for (const filter of [
      { show: SEED },
      { show: SEED, hasVideo: true },
      { show: SEED, hasChapters: true, minSeconds: 1800, maxSeconds: 2699 },
      { show: RADIO },
      {},
    ] satisfies EpisodeFilter[]) {
      const counted = await countEpisodesByTopic(filter);
      expect(counted, JSON.stringify(filter)).toEqual(
        topics.map((topic) => ({
          ...topic,
          episodeCount: rows.filter((row) => keeps(filter)(row) && row.topics.includes(topic.slug)).length,
        })),
      );
    }
    // The seed show has episodes under most topics.
    const seed = await countEpisodesByTopic({ show: SEED });
    expect(seed.filter((topic) => topic.episodeCount > 0).length).toBeGreaterThan(5);
  });
});
