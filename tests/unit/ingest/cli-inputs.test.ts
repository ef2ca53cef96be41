// `import --rss`, `import --text`, `import --json` and `export --json` end to end through the CLI, on
// a copy of the seed sources in a temporary folder (feeds served by a local HTTP server for URLs).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli, snapshot } from "./run-cli";

const root = path.resolve(import.meta.dirname, "../../..");
const fixture = (name: string) => path.join("tests/fixtures/feeds", name);

function episodeRows(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT slug, guid, audioUrl, audioType, audioLength, publishedAt, durationSeconds FROM "Episode" ORDER BY position`,
      )
      .all() as { slug: string; guid: string | null; audioUrl: string | null }[];
  } finally {
    db.close();
  }
}

let dir: string;
let sources: string;
let dbPath: string;
let server: Server;
let baseUrl: string;
let seedCount: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-inputs-"));
  server = createServer((request, response) => {
    if (request.url === "/feeds/nsr.xml") {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      response.end(readFileSync(path.join(root, fixture("network-stack-radio.xml"))));
    } else if (request.url === "/feeds/broken.xml") {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      response.end(readFileSync(path.join(root, fixture("malformed.xml"))));
    } else {
      response.writeHead(404);
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  template = { sources: path.join(dir, "template-sources"), db: path.join(dir, "template.db") };
  cpSync(path.join(root, "data/sources"), template.sources, { recursive: true });
  const first = await runCli("import", "--db", template.db, "--sources", template.sources);
  expect(first.code).toBe(0);
  seedCount = episodeRows(template.db).length;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

let template: { sources: string; db: string };

/** Each test starts from a copy of one imported seed catalog (a CLI import is seconds on a busy machine). */
beforeEach(() => {
  sources = mkdtempSync(path.join(dir, "sources-"));
  cpSync(template.sources, sources, { recursive: true });
  dbPath = path.join(sources, "..", `${path.basename(sources)}.db`);
  cpSync(template.db, dbPath);
});

describe("import --rss", { timeout: 120_000 }, () => {
  it("refuses a malformed feed with file:line, exit 1, sources and catalog byte-identical", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const result = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      fixture("malformed.xml"),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^tests\/fixtures\/feeds\/malformed\.xml:11: malformed XML at column \d+: .*descriptio.*\nimport refused: 1 error\(s\); nothing was changed\n$/,
    );
    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });

  it("adds a feed file and its chapters file to the sources, imports, and stays idempotent", async () => {
    const result = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      fixture("network-stack-radio.xml"),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^added tests\/fixtures\/feeds\/network-stack-radio\.xml as .*network-stack-radio\.xml \(4 episode\(s\)\)\nimported \d+ episodes/,
    );
    expect(readFileSync(path.join(sources, "network-stack-radio.xml"), "utf8")).toBe(
      readFileSync(path.join(root, fixture("network-stack-radio.xml")), "utf8"),
    );
    expect(readFileSync(path.join(sources, "chapters/wal-and-fsync.json"), "utf8")).toContain("Group commit");
    const rows = episodeRows(dbPath);
    expect(rows).toHaveLength(seedCount + 4);
    expect(rows.find((row) => row.guid === "nsr-0043")).toMatchObject({
      slug: "write-ahead-logs-and-fsync",
      audioUrl: "https://cdn.example.org/nsr/0043.mp3",
      audioType: "audio/mpeg",
      audioLength: 29783552,
    });

    // Part of the catalog now: a plain rebuild keeps it, and importing it again adds nothing.
    expect((await runCli("ensure", "--db", dbPath, "--sources", sources)).stdout).toMatch(/is up to date/);
    const again = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      fixture("network-stack-radio.xml"),
    );
    expect(again.code).toBe(0);
    expect(episodeRows(dbPath)).toEqual(rows);
  });

  it("downloads a feed from a URL and stores it under its channel title", async () => {
    const result = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      `${baseUrl}/feeds/nsr.xml`,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(sources)).toContain("network-stack-radio.xml");
    expect(episodeRows(dbPath)).toHaveLength(seedCount + 4);
  });

  it("names the URL of a download that fails or a downloaded feed that is malformed; nothing changes", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const missing = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      `${baseUrl}/feeds/gone.xml`,
    );
    expect(missing).toMatchObject({
      code: 2,
      stderr: `error: ${baseUrl}/feeds/gone.xml: download failed with HTTP 404\n`,
    });
    const broken = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--rss",
      `${baseUrl}/feeds/broken.xml`,
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${baseUrl}/feeds/broken.xml:11: malformed XML`);
    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });

  it("removes the copies again when the full import is refused", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const badFacts = path.join(dir, "bad-facts.json");
    writeFileSync(badFacts, "{ not json");
    const result = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--facts",
      badFacts,
      "--rss",
      fixture("network-stack-radio.xml"),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad-facts.json:1: invalid JSON");
    expect(result.stderr).toContain("the added sources were removed again");
    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });
});

describe("import --text", { timeout: 120_000 }, () => {
  it("adds a text dump that merges with what is there", async () => {
    const dump = path.join(dir, "extra-dump.txt");
    writeFileSync(
      dump,
      "Page Tables\nPage tables again, from another site, with a longer description than before so it is kept. 0:00 Intro 2:00 Virtual Memory\n\nA new text-only episode\nSomething only this dump knows about, long enough to stand alone.\n",
    );
    const result = await runCli("import", "--db", dbPath, "--sources", sources, "--text", dump);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(sources)).toContain("extra-dump.txt");
    const slugs = episodeRows(dbPath).map((row) => row.slug);
    expect(slugs).toHaveLength(seedCount + 1);
    expect(slugs).toContain("a-new-text-only-episode");
  });
});

describe("import --show", { timeout: 120_000 }, () => {
  it("states the show of a text dump in the folder's shows.json, which every later import keeps", async () => {
    const dump = path.join(dir, "radio-notes.txt");
    // "Page Tables" is also a seed episode's title: stated to be another show's, it stays apart.
    writeFileSync(dump, "Page Tables\nHow the radio show explains page tables, in words of its own.\n");
    const result = await runCli(
      "import",
      "--db",
      dbPath,
      "--sources",
      sources,
      "--show",
      "Network Stack Radio",
      "--text",
      dump,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(sources, "shows.json"), "utf8"))).toEqual({
      "radio-notes.txt": "Network Stack Radio",
    });
    const again = await runCli("import", "--db", dbPath, "--sources", sources);
    expect(again.stdout).toContain(
      `shows: the-backend-engineering-show (${seedCount} episodes), network-stack-radio (1 episodes)`,
    );
    // "Page Tables" in both shows: one slug each, told apart by the show.
    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT s.slug AS show, e.slug FROM "Episode" e JOIN "Show" s ON s.id = e."showId" WHERE e.slug LIKE 'page-tables%' ORDER BY e.position`,
        )
        .all();
      expect(rows).toEqual([
        { show: "the-backend-engineering-show", slug: "page-tables" },
        { show: "network-stack-radio", slug: "page-tables" },
      ]);
    } finally {
      db.close();
    }
  });

  it("refuses --show without --rss or --text", async () => {
    const result = await runCli("import", "--db", dbPath, "--sources", sources, "--show", "Anything");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --show states the show of the --rss \/ --text inputs/);
  });
});

describe("export --json and import --json", { timeout: 120_000 }, () => {
  it("round-trips the whole catalog: the same rows in every table", async () => {
    await runCli("import", "--db", dbPath, "--sources", sources, "--rss", fixture("network-stack-radio.xml"));
    const out = path.join(dir, "export.json");
    const exported = await runCli("export", "--json", "--db", dbPath, "--out", out);
    expect(exported.code).toBe(0);
    const document = JSON.parse(readFileSync(out, "utf8"));
    expect(document).toMatchObject({ format: "episode-catalog", version: 3 });
    expect(document.catalog.episodes).toHaveLength(seedCount + 4);

    const copy = path.join(dir, "from-export.db");
    const imported = await runCli("import", "--json", out, "--db", copy);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const tables = [
      "Show",
      "ShowLink",
      "Episode",
      "Chapter",
      "Link",
      "EpisodeSource",
      "AppliedFact",
      "Topic",
      "EpisodeTopic",
      "ChapterTopic",
      "SearchTerm",
      "search_index",
    ];
    const rows = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return Object.fromEntries(
          tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
        );
      } finally {
        db.close();
      }
    };
    expect(rows(copy)).toEqual(rows(dbPath));

    // Exporting the copy gives the same document again.
    const second = await runCli("export", "--json", "--db", copy);
    expect(JSON.parse(second.stdout)).toEqual(document);
  });

  it("refuses a document that is not an export, naming the file and the field", async () => {
    const bad = path.join(dir, "bad-export.json");
    writeFileSync(bad, JSON.stringify({ format: "episode-catalog", version: 4, catalog: {} }));
    const result = await runCli("import", "--json", bad, "--db", path.join(dir, "never.db"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*bad-export\.json: version: /);
  });
});
