import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCatalogInputs } from "@/lib/ingest/ensure";
import { catalogCodePaths, computeInputHash, listFiles } from "@/lib/ingest/input-hash";

const root = path.resolve(import.meta.dirname, "../../..");
const inputs = [
  { file: "a.txt", text: "Title A\nBody" },
  { file: "b.txt", text: "Title B\nBody" },
];

describe("computeInputHash over several sources folders", () => {
  it("changes with a feed or a chapters file in any folder", () => {
    const base = mkdtempSync(path.join(os.tmpdir(), "input-hash-dirs-"));
    try {
      const first = path.join(base, "first");
      const second = path.join(base, "second");
      cpSync(path.join(root, "tests/fixtures/text"), first, { recursive: true });
      cpSync(path.join(root, "tests/fixtures/feeds"), second, { recursive: true });
      rmSync(path.join(second, "malformed.xml"));
      rmSync(path.join(second, "atom.xml"));
      const hash = () => {
        const loaded = loadCatalogInputs({ sourcesDirs: [first, second] });
        return computeInputHash(loaded.inputs, loaded.factsText);
      };
      const before = hash();
      expect(hash()).toBe(before);
      writeFileSync(path.join(second, "chapters", "wal-and-fsync.json"), '{"version":"1.2.0","chapters":[]}');
      const afterChapters = hash();
      expect(afterChapters).not.toBe(before);
      writeFileSync(path.join(second, "network-stack-radio.xml"), "<rss/>");
      expect(hash()).not.toBe(afterChapters);
      expect(loadCatalogInputs({ sourcesDirs: [first] }).inputs.map((input) => input.file)).toEqual([
        "dated-list-euro.txt",
        "dated-list-us.txt",
      ]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("computeInputHash", () => {
  it("is a stable sha256 of the same inputs", () => {
    const hash = computeInputHash(inputs, "[]");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeInputHash(structuredClone(inputs), "[]")).toBe(hash);
  });

  it("changes with any source name or text, the facts, or the order", () => {
    const hash = computeInputHash(inputs, "[]");
    const variants = [
      computeInputHash([{ ...inputs[0]!, text: "Title A\nBody!" }, inputs[1]!], "[]"),
      computeInputHash([{ ...inputs[0]!, file: "c.txt" }, inputs[1]!], "[]"),
      computeInputHash([...inputs].reverse(), "[]"),
      computeInputHash(inputs, "[ ]"),
      computeInputHash(inputs, null),
      computeInputHash(inputs, ""),
      // Moving text across the file boundary must not collide.
      computeInputHash(
        [
          { file: "a.txt", text: "Title A\nBodyTitle B" },
          { file: "b.txt", text: "\nBody" },
        ],
        "[]",
      ),
    ];
    expect(new Set([hash, ...variants]).size).toBe(variants.length + 1);
  });

  it("covers the parser, the import, the show's rules and the migrations", () => {
    const files = listFiles(root, catalogCodePaths);
    expect(files).toEqual(
      expect.arrayContaining([
        "data/shows/the-backend-engineering-show.json",
        "lib/catalog/schema.ts",
        "lib/ingest/store/import.ts",
        "lib/ingest/build.ts",
        "lib/ingest/text/body.ts",
        "lib/ingest/search-rows.ts",
      ]),
    );
    expect(files.some((file) => /^prisma\/migrations\/[^/]+\/migration\.sql$/.test(file))).toBe(true);
  });
});

describe("computeInputHash over a copy of the code", () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), "catalog-hash-"));
    for (const entry of catalogCodePaths)
      cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true, force: true });
  });
  afterEach(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it("changes when the code that shapes the catalog changes", () => {
    const before = computeInputHash(inputs, "[]", { root: copy });
    expect(before).toBe(computeInputHash(inputs, "[]", { root }));
    writeFileSync(path.join(copy, "lib/ingest/text/new-rule.ts"), "export const rule = 1;\n");
    expect(computeInputHash(inputs, "[]", { root: copy })).not.toBe(before);
  });
});
