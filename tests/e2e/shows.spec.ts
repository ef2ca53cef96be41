// A catalog of two shows: the seed show and "Kernel Notes" (tests/e2e/fixtures/sources/kernel-notes.xml,
// a feed whose channel title makes it its own show; tests/e2e/support/catalog.ts has its facts). The
// catalog's home, /shows, each show's page, the same title in two shows as two pages, search and topics
// across shows, the addresses published before shows existed (permanent redirects that keep ?t= and
// #t=), each show's feed and the shows in the JSON API.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { chaptersPath, episodePath, showFeedPath, showPath } from "@/lib/site/routes";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import {
  apiEpisodePath,
  otherShow,
  pattern,
  seedEpisodePath,
  seedShow,
  seedShowPath,
} from "./support/catalog";
import { installYouTubeStandIn, youtubeCalls } from "./support/youtube-stand-in";
import { sharedCachePolicy } from "./support/http";

const otherShowPath = showPath(otherShow.slug);
const seedPageTables = seedEpisodePath("page-tables");
const otherPageTables = episodePath(otherShow.slug, "page-tables");
/**
 * How labels name the seed show: its name, which a compact label may cut before "with Hussein Nasser".
 * (ShowRef.name in the API is always the full name.)
 */
const seedShowLabel = /The Backend Engineering Show/;
/** The seed show's newest episode (2026-04-15). */
const seedNewest = seedEpisodePath("my-new-book-root-cause-stories-from-two-decades-of-backend-bugs");

const main = (page: Page) => page.getByRole("main");
const linkTo = (page: Page, href: string) => page.locator(`a[href="${href}"]`);
const breadcrumb = (page: Page) => page.getByRole("navigation", { name: "Breadcrumb" });
const chapterTimes = (page: Page) => page.locator("[data-chapter-list] > li time").allTextContents();

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => name === "item",
});

/** Path and query of an absolute or relative URL (absolute URLs use SITE_URL, not the test server). */
const pathOf = (url: string) => {
  const parsed = new URL(url, "http://site.invalid");
  return `${parsed.pathname}${parsed.search}`;
};

type ShowRef = { slug: string; name: string };
type ApiSummary = { slug: string; title: string; url: string; show: ShowRef; audioUrl: string | null };

async function showEpisodes(request: APIRequestContext, show: string) {
  const response = await request.get(`/api/episodes?show=${show}&limit=100`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { total: number; episodes: ApiSummary[] };
}

test.describe("the catalog's home", () => {
  test("the latest episodes first, naming their shows and summed up in a line, then the shows and the topics", async ({
    page,
  }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A line on what the catalog holds: no counts, no hero.
    await expect(main(page).locator("header").first()).toContainText(`Episode guide to ${seedShow.name}`);
    await expect(main(page).locator("header").first()).not.toContainText(/\d+ (shows|episodes)/);
    await expect(main(page).locator(`a[href="${seedShowPath}"]`).first()).toBeVisible();
    await expect(main(page).locator(`a[href="${otherShowPath}"]`).first()).toBeVisible();
    // Episodes come before the shows and the topics.
    await expect(main(page).getByRole("heading", { level: 2 })).toHaveText([
      "Latest episodes",
      "Shows",
      "Topics",
    ]);

    // The newest episode of the catalog is the other show's (2026-04-21), then the seed show's. (An
    // episode card has its title as a heading; a show's card may also link its latest episode.)
    const episodeCard = (title: string, href: string) =>
      main(page)
        .getByRole("article")
        .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
        .filter({ has: linkTo(page, href) });
    const other = episodeCard("Page Tables", otherPageTables);
    await expect(other).toHaveCount(1);
    await expect(other).toContainText(otherShow.name);
    // Its feed item's description (tests/e2e/fixtures/sources/kernel-notes.xml).
    await expect(other).toContainText(
      "Why the map from virtual to physical addresses is a tree, and who walks it.",
    );
    await expect(other).toContainText("Plays audio");
    const seed = episodeCard(
      "My new book - Root cause, Stories from two decades of backend bugs",
      seedNewest,
    );
    await expect(seed).toHaveCount(1);
    await expect(seed).toContainText(seedShowLabel);

    // Search is the site header's field, on phones too.
    await expect(page.getByRole("banner").getByRole("searchbox")).toBeVisible();
    await expect(main(page).locator('a[href^="/topics/"]').first()).toBeVisible();

    await main(page).locator(`a[href="${otherShowPath}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${pattern(otherShowPath)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(otherShow.name);
  });

  test("the first screen shows an episode, on phones too", async ({ page }) => {
    await page.goto("/");
    await expect(main(page).getByRole("article").first()).toBeInViewport();
  });

  test("its search field searches every show", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("searchbox");
    await box.fill("page tables");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=page\+tables/);
    await expect(linkTo(page, seedPageTables).first()).toBeVisible();
    await expect(linkTo(page, otherPageTables).first()).toBeVisible();
  });
});

test("/shows lists both shows with their host, episode count, latest episode and description", async ({
  page,
}) => {
  const response = await page.goto("/shows");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/^Shows/);

  const cards = main(page).getByRole("article");
  await expect(cards).toHaveCount(2);
  // The default show first.
  await expect(cards.nth(0)).toContainText(seedShow.name);
  await expect(cards.nth(1)).toContainText(otherShow.name);

  const seed = cards.nth(0);
  await expect(seed).toContainText(seedShow.host);
  await expect(seed).toContainText(`${seedShow.episodeCount} episodes`);
  await expect(seed).toContainText("If you like software engineering");
  await expect(seed.locator(`a[href="${seedShowPath}"]`).first()).toBeVisible();
  await expect(seed.locator(`a[href="${seedNewest}"]`)).toBeVisible();

  const other = cards.nth(1);
  await expect(other).toContainText(otherShow.host);
  await expect(other).toContainText(`${otherShow.episodeCount} episodes`);
  await expect(other).toContainText("Short episodes on how operating systems do their work");
  await expect(other.locator(`a[href="${otherPageTables}"]`)).toBeVisible();

  await other.getByRole("link", { name: otherShow.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`${pattern(otherShowPath)}$`));
});

test.describe("a show's page", () => {
  const episodesRegion = (page: Page) => page.getByRole("region", { name: "Episodes" });
  const cards = (page: Page) => episodesRegion(page).getByRole("article");

  test("lists only its own episodes, newest first, with its header and filters", async ({ page }) => {
    const response = await page.goto(otherShowPath);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(otherShow.name);
    await expect(page).toHaveTitle(new RegExp(otherShow.name));
    await expect(main(page).locator("header").first()).toContainText(otherShow.host);
    await expect(page.getByTestId("result-count")).toContainText(`${otherShow.episodeCount} episodes`);
    await expect(cards(page).getByRole("heading", { level: 3 })).toHaveText(
      otherShow.episodes.map((episode) => episode.title),
    );
    for (const href of await cards(page)
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
      // Its episodes (and itself, if a card names its show), and topic pages from their topic chips.
      expect(href).toMatch(new RegExp(`^(${pattern(otherShowPath)}(/|$)|/topics/)`));
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${pattern(otherShowPath)}$`),
    );

    // Its counts are its own: none of its episodes has a video, so that filter is off.
    await expect(page.getByRole("checkbox", { name: /Has video/ })).toBeDisabled();
    await expect(page.getByRole("checkbox", { name: /Has chapters/ })).toHaveAccessibleName(
      "Has chapters 2 episodes",
    );

    // The filters narrow this show's list only, as soon as they change: two of its episodes have chapters.
    await page.waitForFunction(() => {
      const form = document.querySelector('form[aria-label="Filter episodes"]');
      return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
    });
    await page.getByRole("checkbox", { name: /Has chapters/ }).click();
    await expect(page).toHaveURL(new RegExp(`${pattern(otherShowPath)}\\?chapters=1#episodes$`));
    await expect(page.getByTestId("result-count")).toContainText("2 episodes with chapters");
    // A filtered view opens with the list, naming the show it belongs to.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episodes");
    await expect(main(page).getByRole("link", { name: otherShow.name })).toHaveAttribute(
      "href",
      otherShowPath,
    );
    await expect(cards(page).getByRole("heading", { level: 3 })).toHaveText([
      "Page Tables",
      "Inside the scheduler",
    ]);
  });

  test("the seed show's page does not list the other show's episodes", async ({ page }) => {
    await page.goto(seedShowPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedShow.name);
    await expect(page.getByTestId("result-count")).toContainText(`${seedShow.episodeCount} episodes`);
    // Its own "Page Tables" only; none of the other show's titles.
    await expect(episodesRegion(page).locator(`a[href="${seedPageTables}"]`)).toHaveCount(1);
    await expect(episodesRegion(page).locator(`a[href^="${otherShowPath}/"]`)).toHaveCount(0);
    await expect(episodesRegion(page).getByRole("link", { name: "Inside the scheduler" })).toHaveCount(0);
  });

  test("an unknown show, and an episode under the wrong show, are 404s", async ({ page, request }) => {
    for (const path of [
      "/shows/no-such-show",
      `${showPath("no-such-show")}/page-tables`,
      episodePath(otherShow.slug, "kernel-level-tls"),
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
    }
    expect((await request.get(showFeedPath("no-such-show"))).status()).toBe(404);
    expect((await request.get(chaptersPath(otherShow.slug, "kernel-level-tls"))).status()).toBe(404);
  });
});

test.describe("the same title in two shows", () => {
  test("is two pages, each with its own chapters and its show in the breadcrumb", async ({ page }) => {
    await page.goto(seedPageTables);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page Tables");
    await expect(breadcrumb(page).getByRole("link", { name: seedShowLabel })).toHaveAttribute(
      "href",
      seedShowPath,
    );
    await expect(page.locator("[data-chapter-list] > li")).toHaveCount(9);
    expect((await chapterTimes(page)).at(-1)).toBe("33:00");
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute(
      "href",
      new RegExp(`${pattern(seedPageTables)}$`),
    );

    await page.goto(otherPageTables);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page Tables");
    const crumbs = breadcrumb(page);
    await expect(crumbs.getByRole("link", { name: otherShow.name })).toHaveAttribute("href", otherShowPath);
    await expect(crumbs.getByRole("link", { name: seedShowLabel })).toHaveCount(0);
    // The chapters of tests/e2e/fixtures/sources/kernel-notes.chapters/page-tables.json.
    expect(await chapterTimes(page)).toEqual(["0:00", "1:30", "7:00", "14:00"]);
    await expect(page.locator("[data-chapter-list] > li").nth(1)).toContainText(
      "Why one flat table is too big",
    );
    await expect(page.locator("[data-chapter-list]")).not.toContainText("TLB");
    await expect(page.getByRole("link", { name: "Audio file" })).toHaveAttribute(
      "href",
      "http://127.0.0.1:3101/audio/kernel-notes-page-tables.wav",
    );
    await expect(page.locator("link[rel=canonical]")).toHaveAttribute(
      "href",
      new RegExp(`${pattern(otherPageTables)}$`),
    );
    // Its JSON-LD is part of its own show.
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "null",
    ) as { name: string; partOfSeries: { name: string; webFeed: string } };
    expect(ld.name).toBe("Page Tables");
    expect(ld.partOfSeries.name).toBe(otherShow.name);
    expect(pathOf(ld.partOfSeries.webFeed)).toBe(showFeedPath(otherShow.slug));

    await crumbs.getByRole("link", { name: otherShow.name }).click();
    await expect(page).toHaveURL(new RegExp(`${pattern(otherShowPath)}$`));
  });

  test("the other show's episode page passes axe", async ({ page }) => {
    test.slow();
    await page.goto(otherPageTables);
    await expectNoAxeViolations(page);
  });
});

test.describe("search across shows", () => {
  const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search episodes and chapters" });
  const results = (page: Page) => page.locator("#search-results").getByRole("article");
  const titled = (page: Page, title: string) =>
    results(page).filter({ has: page.getByRole("heading", { name: title, exact: true }) });

  test("finds both pages titled Page Tables, names each one's show, and the show filter narrows", async ({
    page,
  }) => {
    await page.goto("/search");
    await page.waitForFunction(() => {
      const input = document.getElementById("search-q");
      return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps"));
    });
    await searchBox(page).fill("page tables");
    await expect(titled(page, "Page Tables")).toHaveCount(2);
    const seed = titled(page, "Page Tables").filter({ has: linkTo(page, seedPageTables) });
    const other = titled(page, "Page Tables").filter({ has: linkTo(page, otherPageTables) });
    await expect(seed).toContainText(seedShowLabel);
    await expect(other).toContainText(otherShow.name);
    await expect(other).not.toContainText(seedShowLabel);

    await page.getByRole("combobox", { name: "Show" }).selectOption({ label: otherShow.name });
    await expect(page).toHaveURL(new RegExp(`/search\\?q=page\\+tables&show=${otherShow.slug}$`));
    await expect(titled(page, "Page Tables")).toHaveCount(1);
    await expect(titled(page, "Page Tables")).toContainText(otherShow.name);
    for (const card of await results(page).all()) await expect(card).toContainText(otherShow.name);
    await expect(linkTo(page, seedPageTables)).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the show filter is a plain parameter", async ({ page }) => {
      await page.goto(`/search?q=page+tables&show=${otherShow.slug}`);
      await expect(page.getByRole("combobox", { name: "Show" })).toHaveValue(otherShow.slug);
      await expect(titled(page, "Page Tables")).toHaveCount(1);
      await expect(linkTo(page, otherPageTables).first()).toBeVisible();
      await expect(linkTo(page, seedPageTables)).toHaveCount(0);
      // An unknown show is ignored, as an unknown topic is.
      await page.goto("/search?q=page+tables&show=no-such-show");
      await expect(page.getByRole("combobox", { name: "Show" })).toHaveValue("");
      await expect(titled(page, "Page Tables")).toHaveCount(2);
    });
  });

  test("/api/search names each result's show and filters by show @desktop", async ({ request }) => {
    const all = await (await request.get("/api/search?q=page%20tables&limit=50")).json();
    const pageTables = (all.results as { title: string; url: string; show: ShowRef }[]).filter(
      (result) => result.title === "Page Tables",
    );
    expect(pageTables.map((result) => [pathOf(result.url), result.show])).toEqual(
      expect.arrayContaining([
        [seedPageTables, { slug: seedShow.slug, name: seedShow.name }],
        [otherPageTables, { slug: otherShow.slug, name: otherShow.name }],
      ]),
    );
    expect(pageTables).toHaveLength(2);

    const narrowed = await request.get(`/api/search?q=page%20tables&show=${otherShow.slug}`);
    expect(narrowed.status()).toBe(200);
    const body = (await narrowed.json()) as { results: { url: string; show: ShowRef }[] };
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.show).toEqual({ slug: otherShow.slug, name: otherShow.name });
      expect(pathOf(result.url).startsWith(`${otherShowPath}/`)).toBe(true);
    }

    const unknown = await request.get("/api/search?q=page%20tables&show=no-such-show");
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toEqual({
      parameter: "show",
      message: expect.stringContaining("no-such-show"),
    });
  });
});

test("a topic page gathers moments from every show, each labelled with its show", async ({ page }) => {
  // "Inside the scheduler" is filed under no topic; its 9:30 chapter names a context switch.
  await page.goto("/topics/memory-and-os");
  const moments = page.locator("section[aria-labelledby='moments-heading'] li");
  const scheduler = moments.filter({ hasText: "Context switch costs" });
  await expect(scheduler).toHaveCount(1);
  await expect(scheduler).toContainText("9:30");
  await expect(scheduler).toContainText("Inside the scheduler");
  await expect(scheduler).toContainText(otherShow.name);
  const jump = scheduler.locator(`a[href="${episodePath(otherShow.slug, "inside-the-scheduler", 570)}"]`);
  await expect(jump).toHaveCount(1);
  for (const moment of await moments.all()) {
    const text = (await moment.textContent()) ?? "";
    expect(seedShowLabel.test(text) || text.includes(otherShow.name), text).toBe(true);
  }

  await jump.click();
  await expect(page).toHaveURL(
    new RegExp(`${pattern(episodePath(otherShow.slug, "inside-the-scheduler", 570))}$`),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inside the scheduler");
  await expect(page.locator("[data-chapter-list] a[data-seek='570']")).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test.describe("addresses published before shows", () => {
  test("an old episode link with ?t= lands on the new page and the audio starts there", async ({ page }) => {
    // kernel-level-tls has no video; show-feed.xml gives it audio, and chapters at 0 and 2:00 in the text.
    await page.goto("/episodes/kernel-level-tls?t=120");
    await expect(page).toHaveURL(/\/shows\/the-backend-engineering-show\/kernel-level-tls\?t=120$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kernel level TLS");
    const play = page.getByRole("button", { name: "Play from 2:00: Kernel level TLS" });
    await expect(play).toBeVisible();
    await play.click();
    const audio = page.locator("audio[data-player-audio]");
    await expect(audio).toHaveAttribute("src", /^http:\/\/127\.0\.0\.1:3101\//);
    await expect
      .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
      .toBeGreaterThanOrEqual(120);
    await expect(page.locator("[data-chapter-list] a[data-seek='120']")).toHaveAttribute(
      "aria-current",
      "true",
    );
  });

  test("an old episode link with #t= keeps it through the redirect and the video starts there", async ({
    page,
  }) => {
    const youtube = await installYouTubeStandIn(page);
    await page.goto("/episodes/postgres-18-gets-async-io#t=20:00");
    // The browser carries the fragment across the redirect; the page turns it into ?t=.
    await expect(page).toHaveURL(
      new RegExp(`${pattern(seedEpisodePath("postgres-18-gets-async-io", 1200))}$`),
    );
    const play = page.getByRole("button", { name: "Play from 20:00: Postgres 18 gets Async IO" });
    await expect(play).toBeVisible();
    expect(youtube.requested).toEqual([]);
    await page.waitForFunction(() => {
      const button = document.querySelector("button[aria-label^='Play']");
      return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps"));
    });
    await play.click();
    await expect
      .poll(async () => (await youtubeCalls(page)).filter((call) => call.name === "constructor").length)
      .toBe(1);
    const [created] = (await youtubeCalls(page)).filter((call) => call.name === "constructor");
    expect((created?.args[0] as { playerVars: { start: number } }).playerVars.start).toBe(1200);
  });

  test("old pages, chapters, API and feed addresses answer 308 with the new address @desktop", async ({
    request,
  }) => {
    for (const [old, target] of [
      ["/episodes/kernel-level-tls?t=120", seedEpisodePath("kernel-level-tls", 120)],
      // The default show wins an old slug that two shows now have.
      ["/episodes/page-tables", seedPageTables],
      ["/episodes/kernel-level-tls/chapters.json", chaptersPath(seedShow.slug, "kernel-level-tls")],
      ["/api/episodes/postgres-18-gets-async-io", apiEpisodePath(seedShow.slug, "postgres-18-gets-async-io")],
      ["/feed.xml", showFeedPath(seedShow.slug)],
    ] as const) {
      const response = await request.get(old, { maxRedirects: 0 });
      expect(response.status(), old).toBe(308);
      expect(pathOf(response.headers()["location"] ?? ""), old).toBe(target);
      // Followed, it answers.
      expect((await request.get(old)).status(), old).toBe(200);
    }
    // An old address of an episode that never existed is not sent anywhere.
    expect((await request.get("/episodes/no-such-episode", { maxRedirects: 0 })).status()).toBe(404);
  });
});

test.describe("feeds and API per show @desktop", () => {
  test("each show's feed parses and lists only its own episodes", async ({ request }) => {
    const response = await request.get(showFeedPath(otherShow.slug));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const rss = xml.parse(await response.text()).rss;
    expect(rss["@xmlns:itunes"]).toBe("http://www.itunes.com/dtds/podcast-1.0.dtd");
    expect(rss["@xmlns:podcast"]).toBe("https://podcastindex.org/namespace/1.0");
    const channel = rss.channel;
    expect(channel.title).toBe(otherShow.name);
    expect(channel["itunes:author"]).toBe(otherShow.host);
    expect(pathOf(channel["atom:link"]["@href"])).toBe(showFeedPath(otherShow.slug));
    const cover = await request.get(pathOf(channel["itunes:image"]["@href"]));
    expect(cover.status()).toBe(200);
    expect(cover.headers()["content-type"]).toBe("image/png");

    const items = channel.item as Record<string, unknown>[];
    expect(items.map((item) => item.title)).toEqual(otherShow.episodes.map((episode) => episode.title));
    expect(items.map((item) => pathOf(String(item.link)))).toEqual(
      otherShow.episodes.map((episode) => episodePath(otherShow.slug, episode.slug)),
    );
    expect(items.map((item) => item.pubDate)).toEqual(
      otherShow.episodes.map((episode) => new Date(`${episode.publishedAt}T00:00:00Z`).toUTCString()),
    );
    items.forEach((item, index) => {
      const episode = otherShow.episodes[index]!;
      expect(item.enclosure).toMatchObject({
        "@url": `http://127.0.0.1:3101/audio/kernel-notes-${episode.slug}.wav`,
        "@type": "audio/wav",
      });
      if (episode.chapterCount > 0) {
        expect(pathOf((item["podcast:chapters"] as { "@url": string })["@url"])).toBe(
          chaptersPath(otherShow.slug, episode.slug),
        );
      } else {
        expect(item).not.toHaveProperty("podcast:chapters");
      }
    });

    const chapters = await request.get(chaptersPath(otherShow.slug, "page-tables"));
    expect(chapters.status()).toBe(200);
    const json = (await chapters.json()) as {
      title: string;
      chapters: { startTime: number; title: string; url: string }[];
    };
    expect(json.title).toBe("Page Tables");
    expect(json.chapters.map((chapter) => [chapter.startTime, chapter.title])).toEqual([
      [0, "Cold open"],
      [90, "Why one flat table is too big"],
      [420, "Four levels, walked in hardware"],
      [840, "Five-level paging"],
    ]);
    for (const chapter of json.chapters)
      expect(pathOf(chapter.url)).toBe(episodePath(otherShow.slug, "page-tables", chapter.startTime));

    // And the seed show's feed has none of the other show's episodes.
    const seedItems = xml.parse(await (await request.get(showFeedPath(seedShow.slug))).text()).rss.channel
      .item as Record<string, unknown>[];
    expect(seedItems).toHaveLength(seedShow.episodeCount);
    for (const item of seedItems)
      expect(pathOf(String(item.link)).startsWith(`${seedShowPath}/`), String(item.link)).toBe(true);
    expect(seedItems.map((item) => item.title)).not.toContain("Inside the scheduler");
    expect(seedItems.filter((item) => item.title === "Page Tables")).toHaveLength(1);
  });

  test("/api/shows lists both shows, /api/shows/<show> answers one", async ({ request }) => {
    const response = await request.get("/api/shows");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(sharedCachePolicy);
    const shows = (await response.json()) as { slug: string }[];
    expect(shows).toEqual([
      expect.objectContaining({
        slug: seedShow.slug,
        name: seedShow.name,
        host: seedShow.host,
        episodeCount: seedShow.episodeCount,
      }),
      expect.objectContaining({
        slug: otherShow.slug,
        name: otherShow.name,
        host: otherShow.host,
        episodeCount: otherShow.episodeCount,
      }),
    ]);

    const one = await request.get(`/api/shows/${otherShow.slug}`);
    expect(one.status()).toBe(200);
    expect(await one.json()).toMatchObject({
      slug: otherShow.slug,
      name: otherShow.name,
      host: otherShow.host,
    });
    const missing = await request.get("/api/shows/no-such-show");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain("no-such-show");
  });

  test("/api/episodes?show= answers only that show's episodes, each carrying its show", async ({
    request,
  }) => {
    const other = await showEpisodes(request, otherShow.slug);
    expect(other.total).toBe(otherShow.episodeCount);
    expect(other.episodes.map((episode) => episode.slug)).toEqual(
      otherShow.episodes.map((episode) => episode.slug),
    );
    for (const episode of other.episodes) {
      expect(episode.show).toEqual({ slug: otherShow.slug, name: otherShow.name });
      expect(pathOf(episode.url)).toBe(episodePath(otherShow.slug, episode.slug));
    }
    const seed = await showEpisodes(request, seedShow.slug);
    expect(seed.total).toBe(seedShow.episodeCount);
    for (const episode of seed.episodes)
      expect(episode.show).toEqual({ slug: seedShow.slug, name: seedShow.name });

    const detail = await request.get(apiEpisodePath(otherShow.slug, "page-tables"));
    expect(detail.status()).toBe(200);
    const episode = await detail.json();
    expect(episode).toMatchObject({
      slug: "page-tables",
      title: "Page Tables",
      show: { slug: otherShow.slug, name: otherShow.name },
      publishedAt: "2026-04-21",
      durationSeconds: 1500,
      youtubeId: null,
      audio: { url: "http://127.0.0.1:3101/audio/kernel-notes-page-tables.wav", type: "audio/wav" },
    });
    expect(episode.chapters.map((chapter: { startSeconds: number }) => chapter.startSeconds)).toEqual([
      0, 90, 420, 840,
    ]);
    expect(pathOf(episode.url)).toBe(otherPageTables);
    // Another show's episode is not found under this one.
    expect((await request.get(apiEpisodePath(otherShow.slug, "kernel-level-tls"))).status()).toBe(404);
  });
});

test.describe("accessibility and layout", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const path of ["/", "/shows", otherShowPath]) {
      test(`no accessibility violations on ${path} (${theme})`, async ({ page }) => {
        test.slow();
        await setTheme(page, theme);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await expectNoAxeViolations(page);
      });
    }
  }

  test("nothing scrolls sideways", async ({ page }) => {
    for (const path of ["/", "/shows", otherShowPath, otherPageTables]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
