// Re-importing the catalog while the production server is under load: the import renames a new
// SQLite file over the live one, three times, while pages and the JSON API are requested without
// pause. Zero failed requests, no 5xx, and no torn reads: the import writes the same rows and ids
// from the same inputs, so every response must equal the one given before the first import.
// HTTP and a child process only; it runs in the desktop project (the phone one would repeat it).
import { exec } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { episodePath, showFeedPath, showPath } from "@/lib/site/routes";
import config from "../../playwright.config";
import { apiEpisodePath, otherShow, seedShowPath } from "./support/catalog";

const run = promisify(exec);

/** The import half of the test server's command ("… import … && npm run build && …"). */
const importCommand = (() => {
  const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  const first = server?.command.split(" && ")[0];
  if (!first || !/\bcatalog\b.*\bimport\b/.test(first)) {
    throw new Error(`playwright.config.ts webServer does not start with the catalog import: ${first}`);
  }
  return first;
})();

const catalogFile = path.resolve("data/catalog.db");
const concurrency = 8;

type Outcome = { url: string; status: number; body: string } | { url: string; error: string };

test.describe("re-import under load @desktop", () => {
  test.setTimeout(240_000);

  test("serves every request, unchanged, while the catalog is imported three times", async ({ baseURL }) => {
    // Newest first across shows: the first and last are of different shows.
    const list = (await (await fetch(`${baseURL}/api/episodes?limit=100`)).json()) as {
      total: number;
      episodes: { slug: string; show: { slug: string } }[];
    };
    const episodes = list.episodes;
    const page = (index: number) => episodePath(episodes.at(index)!.show.slug, episodes.at(index)!.slug);
    const api = (index: number) => apiEpisodePath(episodes.at(index)!.show.slug, episodes.at(index)!.slug);
    const urls = [
      "/",
      "/shows",
      seedShowPath,
      `${seedShowPath}?page=2`,
      `${seedShowPath}?video=1&length=long`,
      showPath(otherShow.slug),
      page(0),
      page(-1),
      showFeedPath(otherShow.slug),
      "/topics/postgresql",
      "/search?q=postgres",
      "/search?q=tls%20kernel",
      "/api/search?q=postgres",
      "/api/search?q=page%20fault&limit=5",
      "/api/search?q=%22http%2F2%22",
      "/api/episodes",
      "/api/episodes?limit=7&page=3",
      "/api/episodes?topic=postgresql&hasVideo=true",
      `/api/episodes?show=${otherShow.slug}`,
      api(1),
      api(2),
      "/api/shows",
      "/api/topics",
    ];

    // Pages differ between two renders only in Next's per-render ids; JSON must be byte-identical.
    const comparable = (url: string, body: string) =>
      url.startsWith("/api/") ? body : body.replace(/<script\b[\s\S]*?<\/script>/g, "");
    const baseline = new Map<string, string>();
    for (const url of urls) {
      const response = await fetch(`${baseURL}${url}`);
      expect(response.status, url).toBe(200);
      baseline.set(url, comparable(url, await response.text()));
    }

    const outcomes: Outcome[] = [];
    let importing = true;
    const worker = async (offset: number) => {
      for (let index = offset; importing; index += 1) {
        const url = urls[index % urls.length]!;
        try {
          const response = await fetch(`${baseURL}${url}`);
          outcomes.push({ url, status: response.status, body: await response.text() });
        } catch (error) {
          outcomes.push({
            url,
            error: error instanceof Error ? `${error.message} ${String(error.cause)}` : String(error),
          });
        }
      }
    };
    const load = Array.from({ length: concurrency }, (_, offset) => worker(offset * 3));

    const inodes = [statSync(catalogFile).ino];
    const importTimes: number[] = [];
    try {
      for (let round = 0; round < 3; round += 1) {
        const started = performance.now();
        const { stdout } = await run(importCommand, { env: process.env, maxBuffer: 16 * 1024 * 1024 });
        importTimes.push(Math.round(performance.now() - started));
        expect(stdout).toMatch(/^imported \d+ episodes/m);
        inodes.push(statSync(catalogFile).ino);
      }
    } finally {
      importing = false;
      await Promise.all(load);
    }

    // Each import really replaced the file the server had open.
    expect(new Set(inodes).size).toBe(4);

    const failures = outcomes.filter((outcome) => "error" in outcome || outcome.status !== 200);
    const torn = outcomes.filter(
      (outcome) =>
        "body" in outcome &&
        outcome.status === 200 &&
        comparable(outcome.url, outcome.body) !== baseline.get(outcome.url),
    );
    for (const outcome of outcomes) {
      if ("body" in outcome && outcome.url.startsWith("/api/"))
        expect(() => JSON.parse(outcome.body)).not.toThrow();
    }
    console.info(
      `re-import under load: ${outcomes.length} requests during 3 imports (${importTimes.join(", ")} ms), ` +
        `${failures.length} failed, ${torn.length} differed`,
    );
    expect(outcomes.length).toBeGreaterThan(urls.length * 3);
    expect(
      failures.map((outcome) => ("error" in outcome ? outcome.error : `${outcome.status} ${outcome.url}`)),
    ).toEqual([]);
    expect(torn.map((outcome) => outcome.url)).toEqual([]);
  });
});
