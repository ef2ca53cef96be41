// The benchmark generator's spread over shows: K shows, one default (the source's), episodes evenly
// round-robin, slugs unique within every show, and the one-show catalogs of `npm run bench` unchanged.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { benchInputHash, catalogFileName } from "@/bench/catalogs";
import { generateCatalog, syntheticShow } from "@/bench/synthetic";
import { catalogSchema, type Catalog } from "@/lib/catalog/schema";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";

const root = process.cwd();
let real: Catalog;

beforeAll(() => {
  real = buildFromInputs(loadCatalogInputs({ sourcesDirs: [path.join(root, "data/sources")] }));
});

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe("generateCatalog over K shows", () => {
  it("makes K shows, the source's default show first and the only default", () => {
    const catalog = generateCatalog(real, 300, { shows: 7 });
    expect(catalog.shows).toHaveLength(7);
    expect(catalog.shows.filter((show) => show.isDefault)).toHaveLength(1);
    expect(catalog.shows[0]!.slug).toBe("the-backend-engineering-show");
    expect(catalog.shows[0]!.isDefault).toBe(true);
    expect(new Set(catalog.shows.map((show) => show.slug)).size).toBe(7);
    expect(catalog.shows[6]!.slug).toBe("synthetic-show-07");
  });

  it("spreads the episodes evenly and keeps slugs unique within every show", () => {
    const catalog = generateCatalog(real, 300, { shows: 7 });
    expect(catalog.episodes).toHaveLength(300);
    const perShow = countBy(catalog.episodes, (episode) => episode.show);
    expect([...perShow.keys()].sort()).toEqual(catalog.shows.map((show) => show.slug).sort());
    // 300 = 6 × 43 + 42: round-robin, so no show has more than one episode more than another.
    expect(Math.max(...perShow.values()) - Math.min(...perShow.values())).toBeLessThanOrEqual(1);
    const keys = catalog.episodes.map((episode) => `${episode.show}/${episode.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("passes the catalog schema (shows known, one default, unique slugs per show)", () => {
    const result = catalogSchema.safeParse(generateCatalog(real, 500, { shows: 10 }));
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it("is deterministic and changes only the shows against the one-show catalog", () => {
    const plain = generateCatalog(real, 200);
    const spread = generateCatalog(real, 200, { shows: 4 });
    expect(generateCatalog(real, 200, { shows: 4 })).toEqual(spread);
    expect(spread.episodes.map(({ show, ...episode }) => episode)).toEqual(
      plain.episodes.map(({ show, ...episode }) => episode),
    );
  });

  it("keeps every episode in its source show when no show count is given", () => {
    const plain = generateCatalog(real, 100);
    expect(plain.shows).toEqual(real.shows);
    expect(new Set(plain.episodes.map((episode) => episode.show))).toEqual(
      new Set(real.shows.map((show) => show.slug)),
    );
  });

  it("rejects a show count that is not a positive integer", () => {
    expect(() => generateCatalog(real, 10, { shows: 0 })).toThrow(/positive integer/);
    expect(() => generateCatalog(real, 10, { shows: 2.5 })).toThrow(/positive integer/);
  });
});

describe("synthetic shows and catalog files", () => {
  it("pads show numbers to the width of the count", () => {
    expect(syntheticShow(7, 10).slug).toBe("synthetic-show-07");
    expect(syntheticShow(7, 100).slug).toBe("synthetic-show-007");
    expect(syntheticShow(7, 100).isDefault).toBe(false);
  });

  it("names spread catalogs apart from the search benchmark's", () => {
    expect(catalogFileName({ size: 1000 })).toBe("catalog-1000");
    expect(catalogFileName({ size: 56, shows: 1 })).toBe("catalog-56-1show");
    expect(catalogFileName({ size: 20000, shows: 10 })).toBe("catalog-20000-10shows");
  });

  it("hashes the show count and source into the input hash", () => {
    const plain = benchInputHash("abc", 2000);
    const one = benchInputHash("abc", 2000, { shows: 1, source: "synthetic" });
    const ten = benchInputHash("abc", 2000, { shows: 10, source: "synthetic" });
    expect(new Set([plain, one, ten]).size).toBe(3);
    expect(benchInputHash("abc", 2000)).toBe(plain);
  });
});
