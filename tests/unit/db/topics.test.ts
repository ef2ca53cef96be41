// lib/db/topics.ts getTopicPage against a real temporary SQLite catalog: a topic's episodes and its
// moments in other episodes, one page at a time, counted and sliced in SQL. Small page sizes are passed
// in, so a handful of episodes makes several pages; the expected orders are worked out below from the
// scores, dates and catalog positions of the fixture.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTempCatalog, type TempCatalog } from "./temp-catalog";
import { catalogSchema, type Catalog } from "@/lib/catalog/schema";
import { getTopicPage } from "@/lib/db/topics";

vi.mock("server-only", () => ({}));

// The read layer's client, pointed at this test's catalog once it is imported.
const catalogDb = vi.hoisted(() => ({ client: null as unknown }));
vi.mock("@/lib/db/client", () => ({
  get db() {
    if (!catalogDb.client) throw new Error("the test catalog is not open yet");
    return catalogDb.client;
  },
}));

type Chapter = { start: number; title: string; topics: string[] };
type Media = { youtubeId?: string; audioUrl?: string };

function episode(
  show: string,
  slug: string,
  publishedAt: string | null,
  topics: [string, number][],
  chapters: Chapter[] = [],
  media: Media = {},
) {
  return {
    slug,
    show,
    title: slug,
    displayTitle: `Episode ${slug}`,
    titleSource: "source",
    description: `About ${slug}.`,
    chapters: chapters.map((chapter) => ({ ...chapter, subpoints: [] })),
    links: [],
    sources: [{ file: `${show}.txt`, line: 1 }],
    topics: topics.map(([topic, score]) => ({ slug: topic, score })),
    publishedAt,
    publishedPrecision: publishedAt === null ? null : "day",
    durationSeconds: 1800,
    durationPrecision: "second",
    youtubeId: media.youtubeId ?? null,
    youtubeIdConfidence: media.youtubeId ? "facts" : null,
    audioUrl: media.audioUrl ?? null,
    factSources: {},
  };
}

const backend = "the-backend-engineering-show";
const kernel = "kernel-notes";

/**
 * Networking has seven episodes (net-a … net-g) and four moments in episodes filed under databases only.
 * Catalog positions follow the array: net-d (4) comes before net-e (5).
 */
function topicCatalog(): Catalog {
  const show = (slug: string, name: string, isDefault: boolean) => ({
    slug,
    name,
    author: null,
    description: null,
    links: [],
    artworkUrl: null,
    feedUrl: null,
    youtubeChannel: null,
    isDefault,
  });
  return catalogSchema.parse({
    topics: [
      { slug: "networking", name: "Networking", description: "TCP, sockets and the kernel." },
      { slug: "databases", name: "Databases", description: "Storage engines and queries." },
      { slug: "career", name: "Career", description: "The craft." },
    ],
    shows: [show(backend, "The Backend Engineering Show", true), show(kernel, "Kernel Notes", false)],
    sourceShows: [],
    episodes: [
      episode(
        backend,
        "net-a",
        "2024-01-01",
        [["networking", 0.9]],
        [
          { start: 0, title: "Intro", topics: [] },
          // Filed under networking itself: a chapter of it is not a moment "in another episode".
          { start: 100, title: "Congestion control", topics: ["networking"] },
        ],
      ),
      episode(backend, "net-b", "2025-06-01", [["networking", 0.5]]),
      episode(backend, "net-c", "2024-03-01", [
        ["networking", 0.5],
        ["databases", 0.4],
      ]),
      episode(backend, "net-d", null, [["networking", 0.5]]),
      episode(backend, "net-e", null, [["networking", 0.5]]),
      episode(kernel, "net-f", "2026-01-01", [["networking", 0.2]]),
      episode(backend, "net-g", "2025-01-01", [["networking", 0.9]]),
      episode(
        backend,
        "db-x",
        "2025-02-01",
        [["databases", 0.8]],
        [
          { start: 0, title: "Intro", topics: [] },
          { start: 60, title: "TCP handshake", topics: ["networking"] },
          { start: 300, title: "Indexes", topics: ["databases"] },
          { start: 600, title: "Connection pooling", topics: ["networking", "databases"] },
        ],
        { youtubeId: "dbxVideo123" },
      ),
      episode(
        backend,
        "db-y",
        null,
        [["databases", 0.7]],
        [
          { start: 0, title: "Intro", topics: [] },
          { start: 120, title: "Sockets", topics: ["networking"] },
        ],
      ),
      episode(
        kernel,
        "db-z",
        "2026-03-01",
        [["databases", 0.6]],
        [{ start: 30, title: "Wire protocol", topics: ["networking"] }],
        { audioUrl: "https://kernel-notes.example.org/db-z.mp3" },
      ),
    ],
    issues: [],
    stats: {
      files: 2,
      parsedEpisodes: 10,
      mergedDuplicates: 0,
      boilerplateLines: 0,
      factsApplied: 0,
      factsRejected: 0,
    },
  });
}

let catalog: TempCatalog;

beforeAll(async () => {
  catalog = await openTempCatalog(topicCatalog(), "topics");
  catalogDb.client = catalog.client;
});

afterAll(() => catalog.close());

const sizes = { episodes: 3, moments: 2 };
const slugs = (view: Awaited<ReturnType<typeof getTopicPage>>) => view?.episodes.items.map((e) => e.slug);
const moments = (view: Awaited<ReturnType<typeof getTopicPage>>) =>
  view?.moments.items.map((moment) => `${moment.episode.slug}@${moment.startSeconds} ${moment.title}`);

describe("getTopicPage", () => {
  // Episodes: newest first whatever their score (net-f 2026-01, net-b 2025-06, net-g 2025-01, net-c
  // 2024-03, net-a 2024-01), undated last in catalog order (net-d before net-e).
  // Moments, by their episodes' dates (db-z 2026-03, db-x 2025-02, undated db-y) then time; net-a's own
  // chapter and db-x's "Indexes" (databases only) are not moments.
  it("gives the first page of each list with both totals", async () => {
    const view = await getTopicPage("networking", 1, sizes);
    expect(view?.topic).toEqual({
      slug: "networking",
      name: "Networking",
      description: "TCP, sockets and the kernel.",
    });
    // Seven episodes in threes make 3 pages; four moments in twos make 2: the longer list decides.
    expect(view).toMatchObject({ page: 1, pageCount: 3 });
    expect(slugs(view)).toEqual(["net-f", "net-b", "net-g"]);
    expect(view?.episodes).toMatchObject({ total: 7, offset: 0 });
    expect(moments(view)).toEqual(["db-z@30 Wire protocol", "db-x@60 TCP handshake"]);
    expect(view?.moments).toMatchObject({ total: 4, offset: 0 });
  });

  it("turns both lists to the same later page", async () => {
    const second = await getTopicPage("networking", 2, sizes);
    expect(second?.page).toBe(2);
    expect(slugs(second)).toEqual(["net-c", "net-a", "net-d"]);
    expect(second?.episodes.offset).toBe(3);
    expect(moments(second)).toEqual(["db-x@600 Connection pooling", "db-y@120 Sockets"]);
    expect(second?.moments.offset).toBe(2);

    // The moments ran out on page 2; the episodes go on. Totals stay those of the whole lists.
    const third = await getTopicPage("networking", 3, sizes);
    expect(slugs(third)).toEqual(["net-e"]);
    expect(third?.moments).toEqual({ items: [], total: 4, offset: 4 });
    expect(third?.episodes.total).toBe(7);
  });

  it("clamps a page past the last to the last, and below 1 to 1", async () => {
    const past = await getTopicPage("networking", 99, sizes);
    expect(past).toMatchObject({ page: 3, pageCount: 3 });
    expect(slugs(past)).toEqual(["net-e"]);
    expect((await getTopicPage("networking", 0, sizes))?.page).toBe(1);
    expect((await getTopicPage("networking", 2.7, sizes))?.page).toBe(2);
  });

  it("names each moment's episode and show, and each episode's show and topics", async () => {
    const view = await getTopicPage("networking", 1, sizes);
    expect(view?.moments.items[0]).toEqual({
      startSeconds: 30,
      title: "Wire protocol",
      episode: {
        show: { slug: kernel, name: "Kernel Notes" },
        slug: "db-z",
        title: "Episode db-z",
        youtubeId: null,
        audioUrl: "https://kernel-notes.example.org/db-z.mp3",
      },
    });
    const second = await getTopicPage("networking", 2, sizes);
    const netC = second?.episodes.items[0];
    expect(netC?.show).toEqual({ slug: backend, name: "The Backend Engineering Show" });
    expect(netC?.title).toBe("Episode net-c");
    expect(netC?.topics.map((topic) => topic.slug)).toEqual(["networking", "databases"]);
  });

  it("gives each moment what its episode plays from: a video, the feed's audio, or neither", async () => {
    // db-x has a video, db-z only audio, db-y neither (the fixture above).
    const media = (view: Awaited<ReturnType<typeof getTopicPage>>) =>
      view?.moments.items.map(({ episode }) => [episode.slug, episode.youtubeId, episode.audioUrl]);
    expect(media(await getTopicPage("networking", 1, { episodes: 10, moments: 10 }))).toEqual([
      ["db-z", null, "https://kernel-notes.example.org/db-z.mp3"],
      ["db-x", "dbxVideo123", null],
      ["db-x", "dbxVideo123", null],
      ["db-y", null, null],
    ]);
  });

  it("fits a topic on one page when its lists are short", async () => {
    // Databases, newest first: db-z 2026-03, db-x 2025-02, net-c 2024-03, then undated db-y. Its
    // moments: Connection pooling is in db-x, filed under databases, so none.
    const view = await getTopicPage("databases", 1, { episodes: 10, moments: 10 });
    expect(view).toMatchObject({ page: 1, pageCount: 1 });
    expect(slugs(view)).toEqual(["db-z", "db-x", "net-c", "db-y"]);
    expect(view?.moments).toEqual({ items: [], total: 0, offset: 0 });
  });

  it("gives one empty page for a topic without episodes or moments, and null for an unknown slug", async () => {
    const career = await getTopicPage("career", 5, sizes);
    expect(career).toMatchObject({ page: 1, pageCount: 1 });
    expect(career?.episodes).toEqual({ items: [], total: 0, offset: 0 });
    expect(career?.moments).toEqual({ items: [], total: 0, offset: 0 });
    expect(await getTopicPage("no-such-topic", 1, sizes)).toBeNull();
    expect(await getTopicPage("_view", 1, sizes)).toBeNull();
  });
});
