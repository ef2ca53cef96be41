// The rows of the search index built from the seed catalog (data/sources): one per episode, its own
// words without the host's promotions (the same text the episode page shows as the episode's own), its
// chapters in order, and the words of the addresses it cites.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/schema";
import { CHAPTER_SEPARATOR, PART_SEPARATOR } from "@/lib/catalog/search-index";
import { withoutPromotions } from "@/lib/catalog/promotions";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { addressWords, searchRows, type SearchRow } from "@/lib/ingest/search-rows";
import { renderDescription, type Block, type HostBlock } from "@/lib/site/description";

let catalog: Catalog;
let rows: SearchRow[];
let terms: Map<string, number>;
beforeAll(() => {
  catalog = buildFromInputs(loadCatalogInputs({ sourcesDirs: [path.join(process.cwd(), "data/sources")] }));
  ({ rows, terms } = searchRows(catalog));
});

const rowOf = (slug: string) => rows[catalog.episodes.findIndex((episode) => episode.slug === slug)]!;
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** A rendered block's words: its text and the links named by words (not the bare addresses). */
function blockText(block: Block | HostBlock): string {
  const spans = (items: Extract<Block, { type: "paragraph" }>["spans"]) =>
    items.map((span) => (span.type === "text" ? span.text : span.host ? span.text : "")).join(" ");
  if (block.type === "heading") return "";
  if (block.type === "paragraph") return spans(block.spans);
  return block.items.map(spans).join(" ");
}

describe("searchRows on the seed catalog", () => {
  it("writes one row per episode, its rowid the episode's id", () => {
    expect(rows).toHaveLength(catalog.episodes.length);
    expect(rows.map((row) => row.rowid)).toEqual(catalog.episodes.map((_, index) => index + 1));
    expect(rowOf("kernel-level-tls").title).toBe("Kernel level TLS");
  });

  it("indexes the words the episode page shows as the episode's own, none of the host's promotions", () => {
    const promotions = catalog.episodes.flatMap((episode) =>
      episode.links.filter((link) => link.kind === "course" && link.label).map((link) => link.label!),
    );
    const problems: string[] = [];
    let promoted = 0;
    catalog.episodes.forEach((episode, index) => {
      const page = renderDescription(episode.description, { links: episode.links, promotions });
      const own = wordsOf(page.body.map(blockText).join(" "));
      const promos = wordsOf(page.promos.map(blockText).join(" "));
      if (page.promos.length > 0) promoted += 1;
      const indexed = wordsOf(rows[index]!.body);
      const missing = [...own].filter((word) => !indexed.has(word));
      const leaked = [...indexed].filter((word) => promos.has(word) && !own.has(word));
      // Besides the page's words, only what labels a link ("RCA here", "Article here") and list numbers.
      const extra = [...indexed].filter((word) => !own.has(word) && !/^(?:here|article|\d+)$/.test(word));
      if (missing.length || leaked.length || extra.length) {
        problems.push(`${episode.slug}: ${JSON.stringify({ missing, leaked, extra })}`);
      }
    });
    expect(promoted).toBeGreaterThanOrEqual(25);
    expect(problems).toEqual([]);
  });

  it("keeps the course promotion wording out of the index and the vocabulary", () => {
    const why = rowOf("why-create-index-blocks-writes");
    const description = catalog.episodes.find(
      (episode) => episode.slug === "why-create-index-blocks-writes",
    )!;
    expect(description.description).toContain("link redirects to udemy with coupon");
    expect(why.body).not.toMatch(/udemy|coupon|redirects/i);
    for (const word of ["udemy", "coupon", "redirects"]) expect(terms.has(word), word).toBe(false);
    // "Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant.": the line's own words stay.
    expect(rowOf("kernel-level-tls").body).toMatch(/^ktls is brilliant\./);
  });

  it("holds every chapter, in order, as its title, sub-points and other spellings", () => {
    const episode = catalog.episodes.find((candidate) => candidate.slug === "cpu-and-kernel-page-faults")!;
    const chapters = rowOf("cpu-and-kernel-page-faults").chapters.split(CHAPTER_SEPARATOR);
    expect(chapters).toHaveLength(episode.chapters.length);
    const [title, subpoints] = chapters[2]!.split(PART_SEPARATOR);
    expect(title).toBe("VMA areas");
    expect(subpoints).toBe("Text/code. Data. BSS. Heap. Stack");
    expect(chapters[2]!.split(PART_SEPARATOR)[2]).toBe("text code textcode");
    expect(rowOf("the-internals-of-mongodb").chapters).toBe("");
  });

  it("adds the words of the addresses an episode cites, and their compounds to the vocabulary", () => {
    // The only mention of a lock manager: the article https://www.kylehailey.com/post/postgres-partition-pains-lockmanager-waits
    const row = rowOf("they-enabled-postgres-partitioning-and-their-backend-fell-apart");
    expect(row.variants.split(" ")).toEqual(
      expect.arrayContaining(["postgres", "partition", "pains", "lockmanager", "waits"]),
    );
    expect(terms.get("lockmanager")).toBe(1);
    expect(row.body).not.toContain("kylehailey");
  });
});

describe("addressWords", () => {
  it("keeps the words of a path, not the host, ids or file types", () => {
    expect(
      addressWords("https://www.kylehailey.com/post/postgres-partition-pains-lockmanager-waits"),
    ).toEqual(["postgres", "partition", "pains", "lockmanager", "waits"]);
    expect(
      addressWords("https://medium.com/pinterest-engineering/pinterest-is-now-on-http-3-608fb5581094"),
    ).toEqual(["pinterest", "engineering", "pinterest", "now", "http"]);
    expect(addressWords("https://docs.kernel.org/networking/tls-offload.html")).toEqual([
      "networking",
      "tls",
      "offload",
    ]);
    expect(addressWords("not a url")).toEqual([]);
  });
});

describe("withoutPromotions", () => {
  it("cuts a promotion's line, its labelling line, and a line introducing the courses below", () => {
    const links = [
      { url: "https://databases.win", kind: "course", label: null },
      { url: "https://oscourse.win", kind: "course", label: null },
      { url: "https://example.org/postgres-17", kind: "reference", label: null },
    ];
    const text = [
      "Learn more about database and OS internals, check out my courses",
      "Fundamentals of database engineering https://databases.win",
      "Grab my OS course",
      "https://oscourse.win",
      "This new PostgreSQL 17 feature is game changer. https://example.org/postgres-17",
    ].join("\n");
    expect(withoutPromotions(text, { links, promotions: [] })).toBe(
      "This new PostgreSQL 17 feature is game changer. https://example.org/postgres-17",
    );
  });
});
