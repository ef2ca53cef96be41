// `catalog refresh` end to end through the CLI and its real download code: the show's feedUrl points
// at a local HTTP server (or a closed port, or a server that never answers); sources, show file and
// database live in a temporary folder. No public host is contacted.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli, snapshot, type CliResult } from "./run-cli";

const root = path.resolve(import.meta.dirname, "../../..");
const slug = "the-backend-engineering-show";
const feedFile = `${slug}.feed.xml`;
const fixtureText = readFileSync(path.join(root, "tests/fixtures/feeds/backend-show-refresh.xml"), "utf8");

type EpisodeRow = {
  title: string | null;
  guid: string | null;
  audioUrl: string | null;
  publishedAt: string | null;
  durationSeconds: number | null;
};

function episodeRows(dbPath: string): EpisodeRow[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(`SELECT title, guid, audioUrl, publishedAt, durationSeconds FROM "Episode" ORDER BY position`)
      .all() as EpisodeRow[];
  } finally {
    db.close();
  }
}

let dir: string;
let server: Server;
let baseUrl: string;
let closedPortUrl: string;
let template: { sources: string; db: string };
let seedCount: number;
let sources: string;
let dbPath: string;
let shows: string;

/** The seed show's file in a fresh shows folder, naming `feedUrl` (or no feed at all). */
function writeShowFile(feedUrl: string | null): string {
  const folder = mkdtempSync(path.join(dir, "shows-"));
  const show = JSON.parse(readFileSync(path.join(root, "data/shows", `${slug}.json`), "utf8")) as {
    feedUrl?: string;
  };
  if (feedUrl === null) delete show.feedUrl;
  else show.feedUrl = feedUrl;
  writeFileSync(path.join(folder, `${slug}.json`), JSON.stringify(show, null, 2));
  return folder;
}

function refresh(feedUrl: string | null, ...extra: string[]): Promise<CliResult> {
  shows = writeShowFile(feedUrl);
  return runCli("refresh", "--db", dbPath, "--sources", sources, "--shows", shows, ...extra);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-refresh-"));
  server = createServer((request, response) => {
    if (request.url === "/feed.xml") {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      response.end(fixtureText);
    } else if (request.url === "/broken.xml") {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      response.end(readFileSync(path.join(root, "tests/fixtures/feeds/malformed.xml")));
    } else if (request.url === "/silent.xml") {
      // Never answers: the client's timeout has to end the request.
    } else {
      response.writeHead(404);
      response.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port that was just free and is closed again: connecting to it is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.xml`;
  await new Promise((resolve) => closed.close(resolve));

  template = { sources: path.join(dir, "template-sources"), db: path.join(dir, "template.db") };
  cpSync(path.join(root, "data/sources"), template.sources, { recursive: true });
  const first = await runCli("import", "--db", template.db, "--sources", template.sources);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  seedCount = episodeRows(template.db).length;
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  sources = mkdtempSync(path.join(dir, "sources-"));
  cpSync(template.sources, sources, { recursive: true });
  dbPath = `${sources}.db`;
  cpSync(template.db, dbPath);
});

describe("catalog refresh", { timeout: 120_000 }, () => {
  it("stores the show's feed as <show>.feed.xml and imports its audio, dates and new episodes", async () => {
    const url = `${baseUrl}/feed.xml`;
    const result = await refresh(url);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^${slug}: 3 items from ${url}\nimported ${seedCount + 1} episodes`),
    );
    expect(readFileSync(path.join(sources, feedFile), "utf8")).toBe(fixtureText);

    const rows = episodeRows(dbPath);
    expect(rows).toHaveLength(seedCount + 1);
    expect(rows.find((row) => row.title === "Page Tables")).toMatchObject({
      guid: "refresh:page-tables",
      audioUrl: "https://audio.example.org/backend/page-tables.mp3",
    });
    expect(rows.find((row) => row.title === "Idempotency keys in practice")).toMatchObject({
      guid: "refresh:idempotency-keys",
      audioUrl: "https://audio.example.org/backend/idempotency-keys.mp3",
      publishedAt: "2026-01-07T00:00:00.000+00:00",
      durationSeconds: 41 * 60 + 20,
    });

    // The next refresh replaces the copy instead of adding a second one, and changes no episode.
    const again = await refresh(url);
    expect(again.code).toBe(0);
    expect(readdirSync(sources).filter((name) => name.endsWith(".feed.xml"))).toEqual([feedFile]);
    expect(episodeRows(dbPath)).toEqual(rows);
  });

  it("refreshes the shows it reaches and lists the others, in show-file name order", async () => {
    const url = `${baseUrl}/feed.xml`;
    shows = writeShowFile(url);
    writeFileSync(
      path.join(shows, "network-stack-radio.json"),
      JSON.stringify({ name: "Network Stack Radio", feedUrl: closedPortUrl }),
    );
    const result = await runCli("refresh", "--db", dbPath, "--sources", sources, "--shows", shows);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^network-stack-radio: feed unreachable \\(.*\\); nothing changed\n${slug}: 3 items from ${url}\n`,
      ),
    );
    expect(readdirSync(sources).filter((name) => name.endsWith(".feed.xml"))).toEqual([feedFile]);
    expect(episodeRows(dbPath)).toHaveLength(seedCount + 1);
  });

  it("says a feed is unreachable (port closed, or no answer in time) and changes nothing", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const refused = await refresh(closedPortUrl);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe(
      `${slug}: feed unreachable (connect ECONNREFUSED ${new URL(closedPortUrl).host}); nothing changed\n`,
    );
    expect(refused.stderr).toBe("no feed could be fetched; nothing was changed\n");

    const silent = await refresh(`${baseUrl}/silent.xml`, "--timeout-ms", "500");
    expect(silent.code).toBe(3);
    expect(silent.stdout).toBe(`${slug}: feed unreachable (no answer within 0.5 s); nothing changed\n`);

    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });

  it("refuses a feed answered with HTTP 404 or malformed XML, naming the URL and line; nothing changes", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const missing = await refresh(`${baseUrl}/gone.xml`);
    expect(missing).toMatchObject({
      code: 1,
      stdout: `${slug}: feed refused (1 error(s)) from ${baseUrl}/gone.xml\n`,
      stderr: `${baseUrl}/gone.xml: download failed with HTTP 404\nrefresh refused: 1 error(s); nothing was changed\n`,
    });

    const broken = await refresh(`${baseUrl}/broken.xml`);
    expect(broken.code).toBe(1);
    // malformed.xml closes <description> with </descriptio> on its line 11.
    expect(broken.stderr).toMatch(
      new RegExp(
        `^${baseUrl}/broken\\.xml:11: malformed XML at column \\d+: .*descriptio.*\nrefresh refused`,
      ),
    );

    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });

  it("puts the previous feed file back when the import refuses the result", async () => {
    writeFileSync(
      path.join(sources, feedFile),
      fixtureText.replace("Idempotency keys in practice", "Idempotency keys"),
    );
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const badFacts = path.join(dir, "bad-facts.json");
    writeFileSync(badFacts, "{ not json");
    const result = await refresh(`${baseUrl}/feed.xml`, "--facts", badFacts);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad-facts.json:1: invalid JSON");
    expect(result.stderr).toContain("the previous feed files were put back");
    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);
  });

  it("lists a show without a feed URL and, with nothing to fetch, exits 3 without writing", async () => {
    const before = { sources: snapshot(sources), db: readFileSync(dbPath) };
    const result = await refresh(null);
    expect(result).toMatchObject({
      code: 3,
      stdout: `${slug}: no feed URL\n`,
      stderr: `no show in ${shows} names a feed URL; nothing was changed\n`,
    });
    expect(snapshot(sources)).toEqual(before.sources);
    expect(readFileSync(dbPath).equals(before.db)).toBe(true);

    const badTimeout = await runCli("refresh", "--shows", shows, "--timeout-ms", "soon");
    expect(badTimeout).toMatchObject({ code: 2, stdout: "" });
    expect(badTimeout.stderr).toMatch(/^error: --timeout-ms needs a positive whole number/);
  });
});
