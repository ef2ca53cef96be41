// Topic pages: the /topics grid with counts, a topic's episodes and its moments in other episodes
// (jump links that open the episode at that chapter), their counts and page numbers, topic chips on
// cards and episode pages, 404, metadata, accessibility in both themes and phone layout. Expected
// topics are those decided in tests/unit/ingest/topics/seeds.test.ts by reading the episodes.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { installYouTubeStandIn } from "./support/youtube-stand-in";
import { pattern, seedEpisodePath, seedShowPath } from "./support/catalog";

const TOPIC_NAMES = [
  "PostgreSQL",
  "MySQL",
  "MongoDB",
  "Databases",
  "Linux kernel",
  "Memory and OS internals",
  "Storage and I/O",
  "Networking and TCP",
  "HTTP (1.1, 2, 3)",
  "TLS and security",
  "Performance",
  "Cloud outages and incidents",
  "Backend architecture",
  "Programming languages and runtimes",
  "Career and craft",
];

test("the header links to /topics, which lists every topic with its counts", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await expect(page).toHaveTitle(/^Topics · /);

  const cards = page.locator("main article");
  await expect(cards.getByRole("heading", { level: 2 })).toHaveText(TOPIC_NAMES);
  for (const card of await cards.all()) {
    await expect(card.getByText(/^\d+ episodes?$/)).toBeVisible();
    // A topic with no moments says nothing about them rather than "0 moments".
    await expect(card.getByText(/^0 moments$/)).toHaveCount(0);
  }
  // MySQL: "MySQL is having a bumpy journey", and the InnoDB doublewrite chapter of "Database Torn pages".
  const mysql = cards.filter({ has: page.getByRole("heading", { name: "MySQL", exact: true }) });
  await expect(mysql.getByText(/^\d+ episodes?$/)).toHaveText("1 episode");
  await expect(mysql.getByText(/^\d+ moments?$/)).toHaveText("1 moment");

  await mysql.getByRole("link", { name: "MySQL", exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/mysql$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MySQL");
});

test("a topic page lists its episodes and its moments in other episodes", async ({ page }) => {
  await page.goto("/topics/networking");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Networking and TCP");
  await expect(page.getByText("TCP/IP and UDP, sockets, ports and connection queues")).toBeVisible();

  const episodes = page.locator("section[aria-labelledby='episodes-heading'] article");
  const titles = await episodes.getByRole("heading", { level: 3 }).allTextContents();
  expect(titles).toEqual(
    expect.arrayContaining([
      "Kernel level TLS",
      "Amazon US-EAST-1 Outage in Details",
      "Running out of TCP ephemeral source ports",
      "Socket management and Kernel Data structures",
    ]),
  );
  expect(titles).not.toContain("A Deep Dive in How Slow SELECT * is");
  // Newest first, as the page says; an episode without a date comes after every dated one.
  await expect(page.getByText("Newest first; episodes without a known date come last.")).toBeVisible();
  const dates = await episodes.evaluateAll((cards) =>
    cards.map((card) => card.querySelector("time")?.getAttribute("datetime") ?? null),
  );
  const dated = dates.filter((date): date is string => date !== null);
  expect(dated.length).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort().reverse());
  expect(dates.slice(0, dated.length)).toEqual(dated);
  await expect(page.getByTestId("episode-count")).toHaveText(`${titles.length} episodes`);
  // The cards show the episodes' other topics, not this one.
  const tls = episodes.filter({ hasText: "Kernel level TLS" });
  await expect(tls.getByRole("link", { name: "TLS and security" })).toBeVisible();
  await expect(tls.getByRole("link", { name: "Networking and TCP" })).toHaveCount(0);

  const moments = page.locator("section[aria-labelledby='moments-heading'] li a");
  const networkCost = moments.filter({ hasText: "Network Cost" });
  await expect(networkCost).toContainText("28:00");
  await expect(networkCost).toContainText("in A Deep Dive in How Slow SELECT * is");
  await expect(networkCost).toHaveAttribute(
    "href",
    "/shows/the-backend-engineering-show/a-deep-dive-in-how-slow-select-is?t=1680",
  );
  for (const href of await moments.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
    expect(href).toMatch(/^\/shows\/[a-z0-9-]+\/[a-z0-9-]+\?t=\d+$/);
  }
});

test("a topic page counts its moments, and a page past the last shows the last one", async ({ page }) => {
  const episodeTitles = page.locator("section[aria-labelledby='episodes-heading'] article h3");
  await page.goto("/topics/networking");
  const moments = page.locator("section[aria-labelledby='moments-heading'] li a");
  await expect(page.getByTestId("moment-count")).toHaveText(`${await moments.count()} moments`);
  // Every topic of the seed catalog fits on one page (24 episodes, 30 moments): no page links.
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  const titles = await episodeTitles.allTextContents();

  // ?page=N is rewritten to the topic's view route, which clamps to the last page (here the first);
  // junk means page 1. Each is canonical to the topic's own URL, page 1 having no query.
  for (const path of [
    "/topics/networking?page=2",
    "/topics/networking?page=abc",
    "/topics/networking/_view/page%3D2",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(episodeTitles, path).toHaveText(titles);
    await expect(page.locator("link[rel='canonical']"), path).toHaveAttribute(
      "href",
      /\/topics\/networking$/,
    );
    await expect(page, path).toHaveTitle(/^Networking and TCP · /);
  }
});

test("each moment says how it plays from its time, and still opens our episode page", async ({ page }) => {
  const moment = (title: string) =>
    page.locator("section[aria-labelledby='moments-heading'] li a").filter({ hasText: title });

  // "A Deep Dive in How Slow SELECT * is" has a video (data/episode-facts.json).
  await page.goto("/topics/networking");
  const networkCost = moment("Network Cost");
  await expect(networkCost.locator("[data-playability]")).toHaveText("Plays video");
  await expect(networkCost).toHaveAccessibleName(/\(Plays the video from 28:00\)$/);
  await expect(page.getByText("no video linked")).toHaveCount(0);

  // Kernel Notes' "Inside the scheduler" has only its feed's audio (tests/e2e/fixtures/sources/kernel-notes.xml).
  await page.goto("/topics/memory-and-os");
  const contextSwitch = moment("Context switch costs");
  await expect(contextSwitch.locator("[data-playability]")).toHaveText("Plays audio");
  await expect(contextSwitch).toHaveAccessibleName(/\(Plays the audio from 9:30\)$/);

  // "Database Torn pages" has neither: its 8:40 MySQL chapter is not playable yet, and says so.
  await page.goto("/topics/mysql");
  const doublewrite = moment("MySQL InnoDB Doublewrite buffer");
  await expect(doublewrite.locator("[data-playability]")).toHaveText("Not playable yet");
  await expect(doublewrite).toHaveAccessibleName(
    /^8:40 MySQL InnoDB Doublewrite buffer.*\(No video or audio linked yet\)$/,
  );
  await expect(doublewrite).toHaveAttribute("href", seedEpisodePath("database-torn-pages", 520));
});

test("a moment opens its episode with that chapter marked current", async ({ page }) => {
  await installYouTubeStandIn(page);
  await page.goto("/topics/networking");
  await page
    .locator("section[aria-labelledby='moments-heading']")
    .getByRole("link", { name: /Network Cost/ })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`${pattern(seedEpisodePath("a-deep-dive-in-how-slow-select-is", 1680))}$`),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Deep Dive in How Slow SELECT * is");
  const current = page.locator("[data-chapter-list] a[aria-current='true']");
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute("data-seek", "1680");
  await expect(current).toContainText("Network Cost");
});

test("topic chips on an episode page and on a show's cards link to topic pages", async ({ page }) => {
  await page.goto(seedEpisodePath("kernel-level-tls"));
  const chips = page.getByRole("list", { name: "Topics" });
  await expect(chips.getByRole("link")).toHaveText([
    "Linux kernel",
    "TLS and security",
    "Networking and TCP",
  ]);
  await chips.getByRole("link", { name: "TLS and security" }).click();
  await expect(page).toHaveURL(/\/topics\/tls-and-security$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TLS and security");

  await page.goto(seedShowPath);
  const card = page.locator("main article").filter({ hasText: "Page Tables" });
  await card.getByRole("link", { name: "Memory and OS internals" }).click();
  await expect(page).toHaveURL(/\/topics\/memory-and-os$/);
  // Both shows have an episode titled "Page Tables" on memory (tests/e2e/fixtures/sources/kernel-notes.xml).
  const filed = page.locator("section[aria-labelledby='episodes-heading'] article");
  await expect(filed.filter({ hasText: "Page Tables" })).toHaveCount(2);
  await expect(
    filed.filter({ has: page.locator(`a[href="${seedEpisodePath("page-tables")}"]`) }),
  ).toHaveCount(1);
});

test("metadata of a topic page", async ({ page }) => {
  await page.goto("/topics/postgresql");
  await expect(page).toHaveTitle(/^PostgreSQL · /);
  await expect(page.locator("link[rel='canonical']")).toHaveAttribute("href", /\/topics\/postgresql$/);
  await expect(page.locator("meta[name='description']")).toHaveAttribute("content", /^Postgres internals/);
});

test("an unknown topic is a 404", async ({ page }) => {
  for (const path of [
    "/topics/no-such-topic",
    "/topics/no-such-topic?page=2",
    "/topics/no-such-topic/_view/page%3D2",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
  }
});

for (const theme of ["light", "dark"] as const) {
  for (const path of ["/topics", "/topics/networking"]) {
    test(`no accessibility violations on ${path} (${theme})`, async ({ page }) => {
      // axe over a long page on the phone project (3x pixels) can take longer than the default 30 s.
      test.slow();
      await setTheme(page, theme);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoAxeViolations(page);
    });
  }
}

test("no horizontal scrolling", async ({ page }) => {
  for (const path of [
    "/topics",
    "/topics/networking",
    "/topics/programming-languages",
    seedEpisodePath("kernel-level-tls"),
  ]) {
    await page.goto(path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
  }
});
