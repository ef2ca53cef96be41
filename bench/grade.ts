// The text importer graded, page by page: the grader's summary line (a port of
// ../shared/tools/grade_parse.py, tests/support/grade-parse.ts) for the layout corpus
// (tests/fixtures/layouts/, the pages the importer was built on), four sets of pages written blind by
// other engineers in the style of other sites (tests/fixtures/layouts-heldout/, layouts-blind/,
// layouts-blind2/ and layouts-blind3/; NOTES.md in each; each was graded first, then looked at to
// fix what failed) and the seed sources against their regression baselines. Prints; asserts nothing
// (the corpus and seed bars are unit tests in tests/unit/ingest/text/layouts.test.ts).
// Usage: npm run bench:grade [-- --verbose]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { projectRoot } from "@/lib/ingest/sources";
import { grade, truthSchema } from "@/tests/support/grade-parse";

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false } } });

const sets = [
  { name: "corpus", dir: "tests/fixtures/layouts", truth: (base: string) => `${base}.truth.json` },
  { name: "held-out", dir: "tests/fixtures/layouts-heldout", truth: (base: string) => `${base}.truth.json` },
  { name: "blind", dir: "tests/fixtures/layouts-blind", truth: (base: string) => `${base}.truth.json` },
  { name: "blind 2", dir: "tests/fixtures/layouts-blind2", truth: (base: string) => `${base}.truth.json` },
  { name: "blind 3", dir: "tests/fixtures/layouts-blind3", truth: (base: string) => `${base}.truth.json` },
  {
    name: "seeds",
    dir: "data/sources",
    truth: (base: string) => `../../tests/fixtures/seeds/${base}.baseline.json`,
  },
];

for (const set of sets) {
  const dir = path.join(projectRoot, set.dir);
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  let holding = 0;
  process.stdout.write(`${set.name} (${set.dir})\n`);
  for (const page of pages) {
    const base = page.slice(0, -".txt".length);
    const truthPath = path.join(dir, set.truth(base));
    if (!existsSync(truthPath)) continue;
    const truth = truthSchema.parse(JSON.parse(readFileSync(truthPath, "utf8")));
    const episodes = buildFromInputs(
      loadCatalogInputs({ files: [path.join(dir, page)], factsRequired: false }),
    ).episodes;
    const result = grade(truth, episodes, { minChapterF1: 0.97, minUrlF1: 0.97 });
    if (result.holds) holding += 1;
    process.stdout.write(`  ${base}: ${result.summary}\n`);
    if (values.verbose && !result.holds) {
      for (const line of result.lines.slice(0, -1)) process.stdout.write(`      ${line}\n`);
    }
  }
  process.stdout.write(`  ${holding} of ${pages.length} hold\n\n`);
}
