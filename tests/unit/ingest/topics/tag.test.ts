// tagEpisode over a small hand-made taxonomy: how terms match (case, plurals, word boundaries,
// separators), where they count, how the score is weighted and when a topic files an episode.
import { describe, expect, it } from "vitest";

import {
  compileTopics,
  proseOf,
  scoreEpisode,
  tagEpisode,
  termPattern,
  type TaggableEpisode,
} from "@/lib/ingest/topics/tag";
import { taxonomySchema, type TopicInput } from "@/lib/ingest/topics/taxonomy";
import { seedShow } from "@/tests/fixtures/seed-show";

const taxonomy: TopicInput[] = [
  {
    slug: "postgresql",
    name: "PostgreSQL",
    description: "Postgres.",
    terms: ["PostgreSQL", "Postgres", "MVCC", "full page writes"],
  },
  {
    slug: "databases",
    name: "Databases",
    description: "Engines.",
    terms: [{ term: "index", where: "titles" }, { term: "database", where: "titles" }, "B-tree", "WAL"],
  },
  {
    slug: "linux-kernel",
    name: "Linux kernel",
    description: "Kernel.",
    terms: ["kernel", "io_uring", "zero copy", "ktls"],
  },
  { slug: "tls", name: "TLS", description: "TLS.", terms: ["TLS", "certificate"] },
  { slug: "architecture", name: "Architecture", description: "Design.", terms: ["proxy", "monolith"] },
  {
    slug: "memory",
    name: "Memory",
    description: "Memory.",
    terms: [{ term: "memory", where: "titles" }, "TLB"],
  },
];
const compiled = compileTopics(taxonomySchema.parse(taxonomy));

const episode = (fields: Partial<TaggableEpisode>): TaggableEpisode => ({
  title: "Untitled",
  description: "",
  chapters: [],
  ...fields,
});
const slugs = (fields: Partial<TaggableEpisode>) =>
  tagEpisode(episode(fields), compiled).topics.map((t) => t.slug);
const scores = (fields: Partial<TaggableEpisode>) =>
  Object.fromEntries(
    scoreEpisode(episode(fields), compiled)
      .filter((entry) => entry.score > 0)
      .map((entry) => [entry.slug, entry.score]),
  );

describe("matching terms", () => {
  it("ignores case", () => {
    expect(slugs({ title: "POSTGRES internals" })).toEqual(["postgresql"]);
    expect(slugs({ title: "postgresql mvcc" })).toEqual(["postgresql"]);
  });

  it("allows plural forms: s, es and ies", () => {
    expect(slugs({ title: "Certificates everywhere" })).toEqual(["tls"]);
    expect(slugs({ title: "Why create indexes" })).toEqual(["databases"]);
    expect(slugs({ title: "Reverse proxies" })).toEqual(["architecture"]);
    expect(new RegExp(`^${termPattern("proxy")}$`, "i").test("proxies")).toBe(true);
  });

  it("matches whole words only: index is not indexing, TLS is not ktls or TLS_HW", () => {
    expect(slugs({ title: "Indexing in practice" })).toEqual([]);
    expect(slugs({ title: "Reindex" })).toEqual([]);
    // "ktls" is a term of its own (linux-kernel), never a mention of TLS.
    expect(slugs({ title: "ktls" })).toEqual(["linux-kernel"]);
    expect(slugs({ title: "NIC offload mode (TLS_HW)" })).toEqual([]);
    expect(slugs({ title: "TLS/SSL" })).toEqual(["tls"]);
  });

  it("treats a space, hyphen or underscore inside a term alike, or their absence", () => {
    for (const title of ["io_uring gets faster", "io uring gets faster", "IO-uring", "iouring"]) {
      expect(slugs({ title })).toEqual(["linux-kernel"]);
    }
    for (const title of ["Zero copy", "zero-copy reads", "ZeroCopy and TLS"]) {
      expect(slugs({ title })).toContain("linux-kernel");
    }
    expect(slugs({ title: "Postgres full-page writes" })).toEqual(["postgresql"]);
    expect(slugs({ title: "B tree vs btree" })).toEqual(["databases"]);
  });

  it("reads the description without its URLs and the host's course promotions", () => {
    const promotion = "Grab my database course https://databases.win and see www.postgresql.org/docs";
    expect(proseOf(promotion, seedShow.promoPhrases)).not.toMatch(/database|postgres/i);
    // The wording is the show's own (data/shows/): without its phrases only the URLs go.
    expect(proseOf(promotion, [])).toMatch(/^Grab my database course\s+and see\s*$/);
    expect(
      scores({
        description:
          "Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant: the kernel does TLS.",
      }),
    ).toEqual({ "linux-kernel": 2, tls: 1 });
  });
});

describe("scoring", () => {
  it("weights the title above chapter titles above sub-points and prose", () => {
    expect(scores({ title: "MVCC" })).toEqual({ postgresql: 6 });
    expect(scores({ chapters: [{ title: "MVCC", subpoints: [] }] })).toEqual({ postgresql: 3 });
    expect(scores({ chapters: [{ title: "Intro", subpoints: ["MVCC"] }] })).toEqual({ postgresql: 1 });
    expect(scores({ description: "MVCC" })).toEqual({ postgresql: 1 });
  });

  it("lets the title outweigh a topic the prose talks about", () => {
    const tags = tagEpisode(
      episode({
        title: "All Postgres locks explained",
        description:
          "Compared with how the kernel schedules, the kernel wakes waiters, io_uring and zero copy.",
        chapters: [
          { title: "Table locks", subpoints: [] },
          { title: "Row locks", subpoints: [] },
        ],
      }),
      compiled,
    );
    expect(tags.topics).toEqual([{ slug: "postgresql", score: 6 }]);
  });

  it("counts distinct description terms, at most three, not repetitions", () => {
    expect(scores({ description: "Postgres, Postgres, Postgres and again Postgres." })).toEqual({
      postgresql: 1,
    });
    expect(scores({ description: "Postgres MVCC, full page writes and PostgreSQL 17." })).toEqual({
      postgresql: 3,
    });
  });

  it("counts titles-only terms in titles and chapter titles, never in prose or sub-points", () => {
    expect(scores({ title: "Why create Index blocks writes" })).toEqual({ databases: 6 });
    expect(
      scores({
        description: "The index lives in the database, in memory.",
        chapters: [{ title: "Intro", subpoints: ["an index", "a database"] }],
      }),
    ).toEqual({});
    expect(slugs({ title: "The cost of memory fragmentation" })).toEqual(["memory"]);
  });
});

describe("filing an episode", () => {
  it("files a chapterless episode by three distinct description terms, not by one name repeated", () => {
    expect(slugs({ description: "WAL, B-trees and the WAL again." })).toEqual([]);
    expect(slugs({ description: "Postgres MVCC and full page writes." })).toEqual(["postgresql"]);
  });

  it("never files an episode with chapters by its description alone", () => {
    expect(
      slugs({
        title: "Six stages of a good engineer",
        description: "Postgres, MVCC and full page writes, as examples.",
        chapters: [{ title: "Understand a technology", subpoints: [] }],
      }),
    ).toEqual([]);
  });

  it("files by two chapter titles, or one backed by the prose; one bare chapter is only a moment", () => {
    const chapters = (...titles: string[]) => titles.map((title) => ({ title, subpoints: [] }));
    expect(slugs({ chapters: chapters("Intro", "TLB misses", "TLB shootdowns") })).toEqual(["memory"]);
    expect(slugs({ chapters: chapters("Intro", "TLB misses") })).toEqual([]);
    expect(
      slugs({ chapters: chapters("Intro", "MVCC"), description: "Postgres and full page writes." }),
    ).toEqual(["postgresql"]);
    const tags = tagEpisode(episode({ chapters: chapters("Intro", "TLB misses") }), compiled);
    expect(tags.chapterTopics).toEqual([[], ["memory"]]);
  });

  it("leaves out a side subject far below the main one, unless the title names it", () => {
    const chapters = [
      "Postgres MVCC",
      "Postgres vacuum and MVCC",
      "MVCC snapshots",
      "MVCC and full page writes",
      "Memory contexts",
      "Memory limits",
    ].map((title) => ({ title, subpoints: [] }));
    // postgresql 12 from four chapters; memory 6 from two: a half is kept, …
    expect(slugs({ chapters })).toEqual(["postgresql", "memory"]);
    // … a third of a bigger main subject is not,
    expect(slugs({ title: "MVCC", chapters, description: "Postgres" })).toEqual(["postgresql"]);
    // and a title mention always files.
    expect(slugs({ title: "MVCC and memory", chapters, description: "Postgres" })).toEqual([
      "postgresql",
      "memory",
    ]);
  });

  it("orders by score and keeps at most four topics", () => {
    const tags = tagEpisode(
      episode({
        title: "Postgres kernel TLS index proxy memory",
        chapters: [{ title: "Postgres", subpoints: [] }],
      }),
      compiled,
    );
    expect(tags.topics).toEqual([
      { slug: "postgresql", score: 9 },
      { slug: "databases", score: 6 },
      { slug: "linux-kernel", score: 6 },
      { slug: "tls", score: 6 },
    ]);
  });

  it("tags each chapter by what its title names, not by its sub-points", () => {
    const tags = tagEpisode(
      episode({
        title: "Postgres 18 gets Async IO",
        chapters: [
          { title: "Intro", subpoints: ["Postgres and the kernel"] },
          { title: "io_method io_uring", subpoints: [] },
          { title: "TLB", subpoints: [] },
        ],
      }),
      compiled,
    );
    expect(tags.chapterTopics).toEqual([[], ["linux-kernel"], ["memory"]]);
  });
});
