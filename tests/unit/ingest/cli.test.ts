import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalogInfo } from "@/lib/ingest/store/import";
import { runCli } from "./run-cli";

const root = path.resolve(import.meta.dirname, "../../..");
const sourcesDir = path.join(root, "data/sources");
const sourceFiles = readdirSync(sourcesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => path.join("data/sources", name));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("catalog CLI failures", { timeout: 30_000 }, () => {
  it("rejects an unknown command with one error line and exit code 2", async () => {
    const result = await runCli("frobnicate");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'error: unknown command "frobnicate" (expected parse, import, export, report, ensure or refresh)\n',
    });
  });

  it("rejects an unknown option", async () => {
    const result = await runCli("import", "--frob");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: Unknown option '--frob'[^\n]*\n$/);
  });

  it("names a missing source file", async () => {
    const result = await runCli("parse", "--json", "data/sources/missing.txt");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: data/sources/missing.txt: no such file or directory\n",
    });
  });

  it("names a missing sources folder", async () => {
    const missing = path.join(dir, "no-such-folder");
    const result = await runCli("import", "--db", path.join(dir, "never.db"), "--sources", missing);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `error: ${missing}: no such file or directory\n` });
    expect(readdirSync(dir)).not.toContain("never.db");
  });

  it("names the file and line of invalid UTF-8", async () => {
    const bad = path.join(dir, "bad.txt");
    writeFileSync(bad, Buffer.concat([Buffer.from("Title\nbody "), Buffer.from([0xff]), Buffer.from("\n")]));
    const result = await runCli("parse", bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: invalid UTF-8[^\n]*\n$`),
    );
  });
});

describe("catalog CLI over the seed sources", { timeout: 60_000 }, () => {
  it("parse --json prints one JSON document and nothing else", async () => {
    const result = await runCli("parse", "--json", ...sourceFiles);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const catalog = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(catalog)).toEqual(
      expect.arrayContaining(["shows", "sourceShows", "episodes", "issues"]),
    );
    const episodes = catalog.episodes as Record<string, unknown>[];
    expect(episodes.length).toBeGreaterThan(0);
    for (const episode of episodes) {
      expect(Object.keys(episode)).toEqual(
        expect.arrayContaining([
          "slug",
          "show",
          "title",
          "displayTitle",
          "titleSource",
          "description",
          "chapters",
          "links",
          "sources",
        ]),
      );
      for (const chapter of episode.chapters as object[])
        expect(Object.keys(chapter)).toEqual(expect.arrayContaining(["start", "title", "subpoints"]));
      for (const link of episode.links as object[])
        expect(Object.keys(link)).toEqual(expect.arrayContaining(["url", "kind", "label"]));
      for (const source of episode.sources as object[]) expect(Object.keys(source)).toEqual(["file", "line"]);
    }
    // data/sources/000_….txt line 1: "CPU and Kernel Page Faults"; its description ends "45:30 Summary".
    const pageFaults = episodes.find((episode) => episode.title === "CPU and Kernel Page Faults");
    expect(pageFaults).toBeDefined();
    expect(pageFaults!.chapters).toEqual(
      expect.arrayContaining([expect.objectContaining({ start: 2730, title: "Summary" })]),
    );
    expect(pageFaults!.sources).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: path.basename(sourceFiles[0]!) })]),
    );
  });

  it("import writes the database, ensure then leaves it alone", async () => {
    const dbPath = path.join(dir, "catalog.db");
    const imported = await runCli("import", "--db", dbPath);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported \d+ episodes, \d+ chapters, \d+ links .* in \d+ ms$/m);
    const hash = readCatalogInfo(dbPath);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const ensured = await runCli("ensure", "--db", dbPath);
    expect(ensured).toMatchObject({ code: 0, stdout: `catalog ${dbPath} is up to date\n` });

    const fresh = path.join(dir, "fresh.db");
    const created = await runCli("ensure", "--db", fresh);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/is missing; importing\nimported \d+ episodes/);
    expect(readCatalogInfo(fresh)).toBe(hash);
  });

  it("report --json prints the summary and findings", async () => {
    const result = await runCli("report", "--json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: { episodes: number }; findings: unknown[] };
    expect(report.summary.episodes).toBeGreaterThan(0);
    expect(Array.isArray(report.findings)).toBe(true);
  });
});

describe("catalog CLI: how a record-shaped page was read", { timeout: 30_000 }, () => {
  // tests/fixtures/text/record-shape/pocket-astronomy.txt: two episodes (date, title, "Share" and "About
  // this episode" printed under each title, description, duration) under the show's name and a button.
  const folder = "tests/fixtures/text/record-shape";
  const file = `${folder}/pocket-astronomy.txt`;

  it("parse --explain prints the layout, the show, the episodes and every line's role by line number", async () => {
    const result = await runCli("parse", "--explain", file);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      `${file}: layout record-shape — each record: date, title, description, duration`,
      '  show: "Pocket Astronomy" (catalog show: pocket-astronomy)',
      "  episodes: 2; chrome lines left out: 5",
      "  #1 line 5: Why Mars Looks Red — date 2025-07-08, duration 1080 s, 0 chapters, 0 links",
      "  #2 line 12: Counting Craters on the Moon — date 2025-06-24, duration 1320 s, 0 chapters, 0 links",
      "  line  role         ep  text",
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        "     1  header           Pocket Astronomy  [the show's name]",
        "     4  date          1  Jul 8, 2025",
        "     5  title         1  Why Mars Looks Red",
        "     6  chrome           Share  [repeated with line 13 (page template)]",
        "     9  duration      1  18 min",
        "    12  title         2  Counting Craters on the Moon",
        "    14  chrome           About this episode  [repeated with line 7 (page template)]",
      ]),
    );
    // One role line per non-blank line of the page (16 lines, 2 blank).
    expect(lines.filter((line) => /^ {2}\s*\d+ {2}\S/.test(line))).toHaveLength(14);
  });

  it("report prints each source's layout, record shape, episode count and chrome lines", async () => {
    const result = await runCli("report", "--sources", folder);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        "sources:",
        "  pocket-astronomy.txt -> pocket-astronomy (page-header) · record-shape (date, title, description, duration) · 2 episodes · 5 chrome lines",
        "  pocket-astronomy: Pocket Astronomy (2 episodes)",
      ]),
    );
  });
});
