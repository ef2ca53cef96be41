// `npm run catalog -- import` over malformed inputs, after a good import: each failure names the file
// and line at fault, and the catalog the site is serving stays byte for byte what it was, with no
// temporary file left beside it. (tests/unit/catalog covers a failing write and a bad argument.)
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../run-cli";

const root = path.resolve(import.meta.dirname, "../../../..");
const seedDir = path.join(root, "data/sources");
const factsFile = path.join(root, "data/episode-facts.json");

function importCli(dbPath: string, sourcesDir: string, facts: string): Promise<CliResult> {
  return runCli("import", "--db", dbPath, "--sources", sourcesDir, "--facts", facts);
}

let dir: string;
let dbPath: string;
let goodSources: string;
let served: Buffer;

/** A sources folder holding the seed files plus one more file with these bytes. */
function sourcesWith(name: string, bytes: Uint8Array | string): string {
  const folder = mkdtempSync(path.join(dir, "sources-"));
  for (const file of readdirSync(seedDir)) copyFileSync(path.join(seedDir, file), path.join(folder, file));
  writeFileSync(path.join(folder, name), bytes);
  return folder;
}

function expectCatalogUnchanged() {
  expect(readFileSync(dbPath).equals(served)).toBe(true);
  expect(readdirSync(path.dirname(dbPath))).toEqual(["catalog.db"]);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "import-failures-"));
  mkdirSync(path.join(dir, "db"));
  dbPath = path.join(dir, "db", "catalog.db");
  goodSources = seedDir;
  const first = await importCli(dbPath, goodSources, factsFile);
  expect(first.code, first.stderr).toBe(0);
  served = readFileSync(dbPath);
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a failed import leaves the served catalog as it was", { timeout: 60_000 }, () => {
  it("invalid UTF-8 in a source: exit 2, the file and line", async () => {
    const bytes = Buffer.concat([
      Buffer.from("Title one\nA description long enough to be one.\nTitle two "),
      Buffer.from([0xc3, 0x28]),
      Buffer.from("\n"),
    ]);
    const folder = sourcesWith("900_bad.txt", bytes);
    const result = await importCli(dbPath, folder, factsFile);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*900_bad\.txt:3: invalid UTF-8 \(byte 0xc3 at offset \d+\)\n$/);
    expectCatalogUnchanged();
  });

  it("a UTF-16 file (BOM FF FE) is refused at line 1, not read as text", async () => {
    const text = "Title one\nA description long enough to be one.\n";
    const folder = sourcesWith(
      "901_utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const result = await importCli(dbPath, folder, factsFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*901_utf16\.txt:1: invalid UTF-8 \(byte 0xff at offset 0\)\n$/);
    expectCatalogUnchanged();
  });

  it("malformed facts JSON: exit 1, the line of the error", async () => {
    const facts = path.join(dir, "facts-broken.json");
    writeFileSync(
      facts,
      '[\n  { "title": "x",\n    "facts": { "publishedAt": "2024-01-01" }\n  },\n  { oops }\n]\n',
    );
    const result = await importCli(dbPath, goodSources, facts);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/facts-broken\.json:5: invalid JSON/);
    expect(result.stderr).toMatch(/import refused: 1 error\(s\); the database was not changed\n$/);
    expectCatalogUnchanged();
  });

  it("a facts entry of the wrong shape: exit 1, the line where the entry starts", async () => {
    const facts = path.join(dir, "facts-shape.json");
    writeFileSync(facts, '[\n  {\n    "title": 42,\n    "facts": "soon"\n  }\n]\n');
    const result = await importCli(dbPath, goodSources, facts);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/facts-shape\.json:2: \[0\]/);
    expectCatalogUnchanged();
  });

  it("hostile but valid text imports as data", async () => {
    const hostile = readFileSync(path.join(root, "tests/e2e/fixtures/sources/hostile.txt"));
    const folder = sourcesWith("hostile.txt", hostile);
    const copy = path.join(dir, "hostile.db");
    const result = await importCli(copy, folder, factsFile);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^imported \d+ episodes/);
  });
});
