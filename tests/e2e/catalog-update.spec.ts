// A catalog that changes while the site runs, on a server of its own (the production build the other
// specs use, started over a copy of their catalog, so changing it here changes nothing for them):
// - a page that was never prerendered is rendered on its first request and served from the cache after;
// - while 8 clients read pages and the API, an import with one episode's description changed and one
//   episode added reaches every route (episode page, lists, search, topic, feed, API, sitemap) within
//   2 s, with no rebuild or restart, the new episode's page answers 200, and no answer mixes catalogs.
// HTTP only; it runs in the desktop project (the phone one would repeat it).
import { spawn, type ChildProcess, exec } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { apiEpisodePath } from "./support/catalog";
import { conditionalGet, sharedCachePolicy } from "./support/http";
import { episodePath, showFeedPath, showPath, topicPath } from "@/lib/site/routes";

const run = promisify(exec);
const port = 3102;
const base = `http://127.0.0.1:${port}`;

const show = "kernel-notes";
const changed = { slug: "page-tables", marker: "zebrafish" };
const added = { slug: "memory-barriers-and-page-faults", title: "Memory barriers and page faults" };
const topic = "memory-and-os";

/** The new item and the changed description, written into a copy of the fixture feed. */
function changeFeed(xml: string): string {
  const item = `    <item>
      <title>${added.title}</title>
      <link>https://kernelnotes.example.org/episodes/memory-barriers</link>
      <guid isPermaLink="false">kernel-notes-005</guid>
      <pubDate>Tue, 19 May 2026 09:00:00 GMT</pubDate>
      <itunes:duration>1320</itunes:duration>
      <description>Why a CPU reorders memory writes, and what a fence costs.
0:00 Intro
4:00 Store buffers
11:00 Fences and page faults</description>
    </item>

`;
  const first = "    <item>\n      <title>Page Tables</title>";
  const sentence = "and who walks it.";
  if (!xml.includes(first) || !xml.includes(sentence))
    throw new Error("kernel-notes.xml changed: update this spec");
  return xml
    .replace(first, `${item}${first}`)
    .replace(sentence, `and who walks it, told with a ${changed.marker}.`);
}

let dir: string;
let server: ChildProcess;
let sourcesDir: string;
let fixturesDir: string;
let dbPath: string;

test.describe("a catalog that changes while the site runs @desktop", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(120_000);

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "catalog-update-"));
    sourcesDir = path.join(dir, "sources");
    fixturesDir = path.join(dir, "fixtures");
    dbPath = path.join(dir, "catalog.db");
    cpSync("data/sources", sourcesDir, { recursive: true });
    cpSync("tests/e2e/fixtures/sources", fixturesDir, { recursive: true });
    cpSync("data/catalog.db", dbPath);
    server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${dbPath}` },
      stdio: "ignore",
      detached: true,
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answered = await fetch(`${base}/favicon.svg`).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      if (Date.now() > deadline) throw new Error(`next start on port ${port} did not answer`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  test.afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });

  test("a page that was never prerendered is rendered on its first request and cached after it", async () => {
    // An old episode of the seed show: far from the newest few that the build prerenders.
    const list = (await (
      await fetch(`${base}/api/episodes?show=the-backend-engineering-show&limit=5&page=8`)
    ).json()) as {
      episodes: { slug: string }[];
    };
    const old = episodePath("the-backend-engineering-show", list.episodes[0]!.slug);
    // A search nobody made before (this server started empty).
    const search = `/search?q=${encodeURIComponent("postgres locks")}&page=1`;
    for (const url of [old, search, `${showPath(show)}?chapters=1`]) {
      const first = await fetch(`${base}${url}`);
      expect(first.status, url).toBe(200);
      expect(first.headers.get("x-nextjs-cache"), url).toBe("MISS");
      const firstBody = await first.text();
      const second = await fetch(`${base}${url}`);
      expect(second.headers.get("x-nextjs-cache"), url).toBe("HIT");
      expect(await second.text(), url).toBe(firstBody);
      // Any cache in front may keep it, and a conditional request costs a 304 without a body.
      expect(second.headers.get("cache-control"), url).toMatch(sharedCachePolicy);
      const etag = second.headers.get("etag");
      expect(etag, url).toBeTruthy();
      expect(await conditionalGet(`${base}${url}`, etag!), url).toEqual({ status: 304, body: "" });
    }
    // The same search written another way (defaults spelled out, a tracking parameter) is the same view.
    const again = await fetch(`${base}/search?page=1&q=postgres%20locks&sort=relevance&utm_source=x`);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
  });

  test("an import reaches every route within 2 s, under load, without mixing catalogs", async () => {
    const episodesApi = `/api/episodes?show=${show}&limit=50`;
    const routes: { url: string; updated: (status: number, body: string) => boolean }[] = [
      { url: episodePath(show, changed.slug), updated: (_, body) => body.includes(changed.marker) },
      {
        url: episodePath(show, added.slug),
        updated: (status, body) => status === 200 && body.includes(added.title),
      },
      { url: showPath(show), updated: (_, body) => body.includes(added.title) },
      { url: `${showPath(show)}?chapters=1`, updated: (_, body) => body.includes(added.title) },
      { url: `/search?q=${changed.marker}`, updated: (_, body) => body.includes("Page Tables") },
      { url: topicPath(topic), updated: (_, body) => body.includes(added.title) },
      {
        url: showFeedPath(show),
        updated: (_, body) => body.includes(added.title) && body.includes(changed.marker),
      },
      { url: apiEpisodePath(show, changed.slug), updated: (_, body) => body.includes(changed.marker) },
      { url: episodesApi, updated: (_, body) => body.includes(added.slug) },
      { url: `/api/search?q=${changed.marker}`, updated: (_, body) => body.includes(`"${changed.slug}"`) },
    ];
    // Every route answers the old catalog first (and caches it).
    for (const route of routes) {
      const response = await fetch(`${base}${route.url}`);
      expect(route.updated(response.status, await response.text()), route.url).toBe(false);
    }
    expect(await sitemapHas(added.slug)).toBe(false);

    // Answers whose parts come from one catalog or the other, never both.
    const mixed: string[] = [];
    const failures: string[] = [];
    const consistency: { url: string; check: (body: string) => boolean }[] = [
      {
        // The changed episode's description and its "newer episode" link (the added one) go together.
        url: episodePath(show, changed.slug),
        check: (body) => body.includes(changed.marker) === body.includes(episodePath(show, added.slug)),
      },
      {
        // The list's count and its first card.
        url: showPath(show),
        check: (body) => /\b5 episodes\b/.test(body) === body.includes(added.title),
      },
      {
        url: episodesApi,
        check: (body) => {
          const data = JSON.parse(body) as { total: number; episodes: { slug: string }[] };
          return (data.total === 5) === data.episodes.some((episode) => episode.slug === added.slug);
        },
      },
    ];
    let reading = true;
    let requests = 0;
    const reader = async (offset: number) => {
      for (let index = offset; reading; index += 1) {
        const { url, check } = consistency[index % consistency.length]!;
        try {
          const response = await fetch(`${base}${url}`);
          const body = await response.text();
          requests += 1;
          if (response.status !== 200) failures.push(`${response.status} ${url}`);
          else if (!check(body)) mixed.push(url);
        } catch (error) {
          failures.push(`${url}: ${String(error)}`);
        }
      }
    };
    const readers = Array.from({ length: 8 }, (_, offset) => reader(offset));

    const feed = path.join(fixturesDir, "kernel-notes.xml");
    writeFileSync(feed, changeFeed(readFileSync(feed, "utf8")));
    let visibleAfter: Map<string, number>;
    try {
      const { stdout } = await run(
        `npm run -s catalog -- import --sources ${sourcesDir} --sources ${fixturesDir}`,
        { env: { ...process.env, DATABASE_URL: `file:${dbPath}` }, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(stdout).toMatch(/^imported \d+ episodes/m);
      const imported = performance.now();
      visibleAfter = new Map();
      while (visibleAfter.size < routes.length + 1 && performance.now() - imported < 5000) {
        await Promise.all(
          routes.map(async (route) => {
            if (visibleAfter.has(route.url)) return;
            const response = await fetch(`${base}${route.url}`);
            if (route.updated(response.status, await response.text()))
              visibleAfter.set(route.url, performance.now() - imported);
          }),
        );
        if (!visibleAfter.has("sitemap") && (await sitemapHas(added.slug)))
          visibleAfter.set("sitemap", performance.now() - imported);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Keep reading a little after the switch: nothing may go back to the old catalog.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      reading = false;
      await Promise.all(readers);
    }

    console.info(
      `catalog update: ${requests} reads under load; visible after (ms): ${[...visibleAfter.entries()]
        .map(([url, ms]) => `${url} ${Math.round(ms)}`)
        .join(", ")}`,
    );
    for (const route of [...routes.map((route) => route.url), "sitemap"]) {
      expect(visibleAfter.get(route), `${route} shows the new catalog`).toBeLessThanOrEqual(2000);
    }
    expect(failures).toEqual([]);
    expect(mixed).toEqual([]);
    expect(requests).toBeGreaterThan(50);
    // And stays there.
    for (const route of routes) {
      const response = await fetch(`${base}${route.url}`);
      expect(route.updated(response.status, await response.text()), route.url).toBe(true);
    }
  });
});

/** Whether any sitemap the site lists (an index and its files, or one file) names the episode. */
async function sitemapHas(slug: string): Promise<boolean> {
  const index = await (await fetch(`${base}/sitemap.xml`)).text();
  const files = [...index.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  const bodies =
    files.length > 0
      ? await Promise.all(files.map(async (file) => (await fetch(`${base}${file}`)).text()))
      : [index];
  return bodies.some((body) => body.includes(`/${slug}</loc>`));
}
