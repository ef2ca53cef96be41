// Integration: the real seed files through build, import and Prisma, and the CLI's failure paths
// against a live database file. Expected values come from reading data/sources/*.txt.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/ingest/build";
import { importCatalog } from "@/lib/ingest/store/import";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedShow } from "@/tests/fixtures/seed-show";
import { runCli } from "../run-cli";

const root = path.resolve(import.meta.dirname, "../../../..");
const seedDir = path.join(root, "data/sources");
const seedNames = readdirSync(seedDir).sort();
const inputs = seedNames.map((file) => ({ file, text: readFileSync(path.join(seedDir, file), "utf8") }));
const factsText = readFileSync(path.join(root, "data/episode-facts.json"), "utf8");
const seedCatalog = () => buildCatalog(inputs, factsText, "episode-facts.json", [], [seedShow]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "seed-import-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tables(filePath: string): Record<string, unknown[]> {
  const db = new Database(filePath, { readonly: true });
  try {
    const names = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      names.map((name) => [
        name,
        (db.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

describe("the seed catalog in SQLite", { timeout: 60_000 }, () => {
  it("reads back through Prisma as the sources say, and re-imports to identical rows", async () => {
    const dbPath = path.join(dir, "catalog.db");
    await importCatalog({ catalog: seedCatalog(), dbPath, inputHash: "seeds" });
    const prisma = new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: `file:${dbPath}`, fileMustExist: true }),
    });
    try {
      expect(await prisma.episode.count()).toBe(56);
      expect(await prisma.chapter.count()).toBe(348);
      const postgres = await prisma.episode.findFirstOrThrow({
        where: { slug: "postgres-18-gets-async-io" },
        include: { chapters: { orderBy: { position: "asc" } }, sources: true, facts: true },
      });
      expect(postgres.publishedAt?.toISOString()).toBe("2025-10-03T00:00:00.000Z");
      expect(postgres.youtubeId).toBe("yGjGc21mmoU");
      expect(postgres.chapters.slice(5, 7).map((chapter) => [chapter.startSeconds, chapter.title])).toEqual([
        [1040, "The challenge of Async IO in Postgres 18"],
        [1200, "io_method worker"],
      ]);
      expect(postgres.sources.map((source) => `${source.file}:${source.line}`)).toEqual([
        "000_a73692b421beb85a.txt:7",
        "003_2286eee2839ae7ee.txt:12",
      ]);
      const faults = await prisma.chapter.findFirstOrThrow({ where: { title: "VMA areas" } });
      expect(faults.subpoints).toEqual(["Text/code", "Data", "BSS", "Heap", "Stack"]);
      const crossLink = await prisma.link.findFirstOrThrow({
        where: { youtubeId: "xynXjChKkJc" },
        include: { episode: true, targetEpisode: true },
      });
      expect(crossLink.episode.slug).toBe("cloudflares-150ms-global-cache-purge-deep-dive");
      expect(crossLink.targetEpisode?.title).toBe("How Discord Stores Trillions of Messages - A deep dive");
      const book = await prisma.episode.findFirstOrThrow({
        where: { sources: { some: { line: 6 } } },
        include: { facts: true },
      });
      expect(book).toMatchObject({
        sourceTitle: null,
        titleSource: "facts",
        title: "My new book - Root cause, Stories from two decades of backend bugs",
      });
      expect(book.facts.find((fact) => fact.field === "officialTitle")?.source).toMatch(
        /^https:\/\/radioandpodcast\.com\//,
      );
      expect((await prisma.show.findFirstOrThrow()).name).toBe(
        "The Backend Engineering Show with Hussein Nasser",
      );
    } finally {
      await prisma.$disconnect();
    }

    const first = tables(dbPath);
    await importCatalog({ catalog: seedCatalog(), dbPath, inputHash: "seeds" });
    expect(tables(dbPath)).toEqual(first);
  });

  it("keeps the previous catalog when a source or the facts file is broken", async () => {
    const sources = path.join(dir, "sources");
    mkdirSync(sources);
    for (const name of seedNames) copyFileSync(path.join(seedDir, name), path.join(sources, name));
    const dbPath = path.join(dir, "live.db");
    const good = await runCli("import", "--db", dbPath, "--sources", sources);
    expect(good.code).toBe(0);
    const before = readFileSync(dbPath);

    writeFileSync(
      path.join(sources, "999_broken.txt"),
      Buffer.concat([Buffer.from("Title\nfine line\n"), Buffer.from([0xc3, 0x28]), Buffer.from(" bad\n")]),
    );
    const badSource = await runCli("import", "--db", dbPath, "--sources", sources);
    expect(badSource.code).toBe(2);
    expect(badSource.stderr.trim()).toMatch(/^error: .*999_broken\.txt:3: invalid UTF-8/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    rmSync(path.join(sources, "999_broken.txt"));

    const facts = path.join(dir, "facts.json");
    writeFileSync(facts, '[\n  { "title": "x", "facts": {} },\n  { "title": 5 }\n]\n');
    const badFacts = await runCli("import", "--db", dbPath, "--sources", sources, "--facts", facts);
    expect(badFacts.code).toBe(1);
    expect(badFacts.stderr + badFacts.stdout).toMatch(/facts\.json:3: \[1\]\.title/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes(".importing-"))).toEqual([]);
  });
});
