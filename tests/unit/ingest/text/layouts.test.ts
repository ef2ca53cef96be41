// The importer against the layout corpus (tests/fixtures/layouts/, see ORIGIN.md there): each page is
// built into a catalog exactly as `npm run -s catalog -- parse --json FILE` builds it (the project's
// facts, shows and topics) and graded with the port of ../shared/tools/grade_parse.py. The truth files
// are hand-checked by the team; a red test here means the parser misreads that page, not that the
// truth should be regenerated.
//
// The seed section grades each data/sources/*.txt against tests/fixtures/seeds/NAME.baseline.json:
// the output of the parser BEFORE the directory-page rewrite, converted to the truth format. It is kept
// as a regression check only (the rewrite must not change what the seeds give), not as a statement of
// what is right: tests/unit/ingest/text/seeds.test.ts holds the expectations written by reading the
// sources.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { grade, truthSchema, type Grade } from "@/tests/support/grade-parse";

const root = path.resolve(import.meta.dirname, "../../../..");
const layoutsDir = path.join(root, "tests/fixtures/layouts");
const baselinesDir = path.join(root, "tests/fixtures/seeds");
const sourcesDir = path.join(root, "data/sources");

const baseNames = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter(
      (name) => name.endsWith(ext) && !name.endsWith(`.truth${ext}`) && !name.endsWith(`.baseline${ext}`),
    )
    .map((name) => name.slice(0, -ext.length))
    .sort();

/** What `catalog parse --json FILE` prints (cli.ts "parse": loadCatalogInputs + buildFromInputs), its episodes. */
function parseAsCli(file: string) {
  return buildFromInputs(loadCatalogInputs({ files: [file], factsRequired: false })).episodes;
}

const readTruth = (file: string) => truthSchema.parse(JSON.parse(readFileSync(file, "utf8")));

/** The grader's printout: metrics, the worst misses, and the summary line last. */
const report = (name: string, result: Grade) => [`${name}:`, ...result.lines].join("\n");

/** The bar, as one object so a failure's diff says which part of it fell short. */
function bar(result: Grade, minF1: number) {
  return {
    actual: {
      found: result.found,
      spurious: result.spurious,
      titlesExact: result.titlesExact,
      chapterF1AtLeastBar: result.chapters.f1 >= minF1,
      urlF1AtLeastBar: result.urls.f1 >= minF1,
    },
    expected: {
      found: result.truthEpisodes,
      spurious: 0,
      titlesExact: result.titled,
      chapterF1AtLeastBar: true,
      urlF1AtLeastBar: true,
    },
  };
}

const layouts = baseNames(layoutsDir, ".txt");

describe("layout corpus: every episode, no spurious ones, exact titles, chapter and URL F1 >= 0.97", () => {
  it("has the eleven pages, each with its truth file", () => {
    expect(layouts).toHaveLength(11);
    for (const name of layouts)
      expect(existsSync(path.join(layoutsDir, `${name}.truth.json`)), name).toBe(true);
  });

  for (const name of layouts) {
    it(name, () => {
      const truth = readTruth(path.join(layoutsDir, `${name}.truth.json`));
      const result = grade(truth, parseAsCli(path.join(layoutsDir, `${name}.txt`)), {
        minChapterF1: 0.97,
        minUrlF1: 0.97,
      });
      const { actual, expected } = bar(result, 0.97);
      expect(actual, report(name, result)).toEqual(expected);
      expect(result.holds).toBe(true);
    });
  }
});

const seeds = baseNames(sourcesDir, ".txt");

describe("seed sources: the pre-rewrite parser's output still comes out (regression baselines)", () => {
  it("has a baseline for every seed source", () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.filter((name) => !existsSync(path.join(baselinesDir, `${name}.baseline.json`)))).toEqual([]);
  });

  for (const name of seeds) {
    it(name, () => {
      const truth = readTruth(path.join(baselinesDir, `${name}.baseline.json`));
      const result = grade(truth, parseAsCli(path.join(sourcesDir, `${name}.txt`)), {
        minChapterF1: 1,
        minUrlF1: 1,
      });
      const { actual, expected } = bar(result, 1);
      expect(actual, report(name, result)).toEqual(expected);
      expect(result.summary).toBe(
        `holds: episodes ${truth.length}/${truth.length} spurious 0 titles ${result.titled}/${result.titled} chapterF1 1.000 urlF1 1.000`,
      );
    });
  }
});
