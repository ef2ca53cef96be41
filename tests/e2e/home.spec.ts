// A show's page: its episode list, filters (applied at once with JavaScript, by a plain form without),
// their counts, the sort orders and pagination, the compact header of its first page only, the header's
// search field, accessibility in both themes, keyboard focus and phone layout. The e2e catalog has two
// shows, so "/" is the catalog's home (tests/e2e/shows.spec.ts) and the seed show's list, which "/" held
// while there was one show, is at /shows/the-backend-engineering-show, filters, order and pages as
// query parameters. Counts are the seed show's (tests/e2e/support/catalog.ts): the 56 seed episodes (22
// with a YouTube id, 41 with chapters) plus one undated episode with 4 chapters from hostile.txt. By
// length (data/episode-facts.json and the sources' durations): 7 under 15 min (1 with a video, 2 with
// chapters), 20 of 15–30 min (6 with a video, 14 with chapters), 12 of 30–45 min (7, 10), 8 of 45 min or
// more (3, 6) and 10 of unknown length; 20 have both a video and chapters. PostgreSQL has 9 episodes, 5
// with a video.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { pattern, seedEpisodePath, seedShow, seedShowPath } from "./support/catalog";

const SHOW = pattern(seedShowPath);

const NEWEST = "My new book - Root cause, Stories from two decades of backend bugs";
/** The oldest and the longest episode: 2023-03-11, 4140 s (data/episode-facts.json). */
const DISCORD = "How Discord Stores Trillions of Messages - A deep dive";
/** hostile.txt's episode: undated and of unknown length, the last source position. */
const HOSTILE = /^Zanzibar/;

const episodesRegion = (page: Page) => page.getByRole("region", { name: "Episodes" });
const cards = (page: Page) => episodesRegion(page).getByRole("article");
const cardTitles = (page: Page) => cards(page).getByRole("heading", { level: 3 });
const countLine = (page: Page) => page.getByTestId("result-count");
const pagination = (page: Page) => page.getByRole("navigation", { name: "Pagination" });
const filters = (page: Page) => page.getByRole("form", { name: "Filter episodes" });
const chip = (page: Page, name: "Has video" | "Has chapters") =>
  page.getByRole("checkbox", { name: new RegExp(`^${name}`) });
/** The text of a select's options, in order. */
const optionTexts = (select: Locator) => select.locator("option").allTextContents();

/** Waits until the filter form's island has hydrated, so that a change applies at once. */
async function filtersReady(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('form[aria-label="Filter episodes"]');
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

/** The show's header (host, description, links): only the show's plain first page has it. */
const showHeader = (page: Page) => page.getByRole("main").locator("header");

test("page 1 lists 24 episodes, newest first, each summed up in a line, and the total", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  const response = await page.goto(seedShowPath);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedShow.name);
  await expect(cards(page)).toHaveCount(24);
  await expect(countLine(page)).toContainText(`${seedShow.episodeCount} episodes`);
  await expect(countLine(page)).toContainText("showing 1–24");

  const first = cards(page).first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(NEWEST);
  await expect(first.locator("time")).toHaveText("Apr 15, 2026");
  await expect(first.locator("time")).toHaveAttribute("datetime", "2026-04-15");
  // Its description's first sentence (the summary goes on to the next words that fit).
  await expect(first).toContainText("I wrote a new book that has been in the works for years.");
  // The title is the link to the episode page.
  await expect(first.getByRole("link", { name: NEWEST })).toHaveAttribute(
    "href",
    "/shows/the-backend-engineering-show/my-new-book-root-cause-stories-from-two-decades-of-backend-bugs",
  );

  // The show's description is summarised without raw URLs; its links are labelled pills; no internal
  // counts (the count line and the filters say those).
  const intro = showHeader(page);
  await expect(intro).toHaveCount(1);
  await expect(intro).toContainText("If you like software engineering");
  await expect(intro).toContainText(seedShow.host);
  await expect(intro).not.toContainText("http");
  await expect(intro).not.toContainText(/with chapters|with video/i);
  await expect(page.getByRole("link", { name: "YouTube channel" })).toHaveAttribute("href", /youtube\.com/);
  await expect(page.getByRole("link", { name: "Courses" })).toBeVisible();

  // The show's topics close the page, each a link to the show's list of that topic.
  const topics = page.getByRole("region", { name: "Browse by topic" });
  await expect(topics.getByRole("link", { name: /^PostgreSQL 9 episodes$/ })).toHaveAttribute(
    "href",
    `${seedShowPath}?topic=postgresql#episodes`,
  );

  expect(errors).toEqual([]);
});

test("a card shows its length in minutes and how the episode plays", async ({ page }) => {
  await page.goto(seedShowPath);
  // 1440 s known to the minute, and 1375 s (22:55) known to the second: both read in minutes, no "≈".
  const amazon = cards(page).filter({ hasText: "Amazon US-EAST-1 Outage in Details" });
  await expect(amazon).toContainText("24 min");
  await expect(amazon).toContainText("4 chapters");
  await expect(amazon).toContainText("Not playable yet");
  const tls = cards(page).filter({ hasText: "Kernel level TLS" });
  await expect(tls).toContainText("23 min");
  // tests/e2e/fixtures/sources/show-feed.xml gives it audio.
  await expect(tls).toContainText("Plays audio");
  await expect(episodesRegion(page)).not.toContainText("≈");

  // Clicking the card outside the title follows the title link (the ::after overlay).
  await tls.scrollIntoViewIfNeeded();
  const box = await tls.boundingBox();
  if (!box) throw new Error("card has no box");
  await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("kernel-level-tls"))}$`));
});

test("Has video applies at once: the 22 episodes with a video, each playing it, the count announced", async ({
  page,
}) => {
  await page.goto(seedShowPath);
  await filtersReady(page);
  await expect(page.getByRole("button", { name: "Apply" })).toBeHidden();
  await chip(page, "Has video").click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?video=1#episodes$`));
  await expect(countLine(page)).toContainText("22 episodes with video");
  await expect(cards(page)).toHaveCount(22);
  for (const card of await cards(page).all()) {
    await expect(card.getByText("Plays video", { exact: true })).toBeVisible();
  }
  await expect(pagination(page)).toHaveCount(0);
  await expect(chip(page, "Has video")).toBeChecked();
  // Focus is back on the filter that changed, and the new count is said.
  await expect(chip(page, "Has video")).toBeFocused();
  await expect(filters(page).getByRole("status")).toHaveText("22 episodes with video");

  // Unchecking it applies at once too.
  await filtersReady(page);
  await chip(page, "Has video").click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}#episodes$`));
  await expect(countLine(page)).toContainText(`${seedShow.episodeCount} episodes`);
});

test("the length filter applies at once and keeps episodes inside its bounds", async ({ page }) => {
  // "Kernel level TLS" is 1375 s (22:55): in 15–30 min, not under 15 min.
  await page.goto(`${seedShowPath}?length=medium`);
  await expect(countLine(page)).toContainText("20 episodes, 15–30 min");
  await expect(episodesRegion(page).getByRole("link", { name: "Kernel level TLS" })).toBeVisible();
  await expect(page.getByLabel("Length")).toHaveValue("medium");

  await filtersReady(page);
  await page.getByLabel("Length").selectOption("short");
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?length=short#episodes$`));
  await expect(countLine(page)).toContainText("7 episodes, under 15 min");
  await expect(episodesRegion(page).getByRole("link", { name: "Kernel level TLS" })).toHaveCount(0);
  // "The beauty of the CPU" is 579 s.
  await expect(episodesRegion(page).getByRole("link", { name: "The beauty of the CPU" })).toBeVisible();
  await expect(page.getByLabel("Length")).toBeFocused();
});

test("the counts beside each filter follow the other filters", async ({ page }) => {
  // Nothing filtered: each option alone.
  await page.goto(seedShowPath);
  await expect(chip(page, "Has video")).toHaveAccessibleName("Has video 22 episodes");
  await expect(chip(page, "Has chapters")).toHaveAccessibleName("Has chapters 42 episodes");
  expect(await optionTexts(page.getByLabel("Length"))).toEqual([
    "Any length (57)",
    "Under 15 min (7)",
    "15–30 min (20)",
    "30–45 min (12)",
    "45 min or more (8)",
  ]);

  // Under 15 min: the chips count the short episodes with a video or chapters; the lengths stay.
  await page.goto(`${seedShowPath}?length=short`);
  await expect(chip(page, "Has video")).toHaveAccessibleName("Has video 1 episode");
  await expect(chip(page, "Has chapters")).toHaveAccessibleName("Has chapters 2 episodes");
  expect(await optionTexts(page.getByLabel("Length"))).toEqual([
    "Any length (57)",
    "Under 15 min (7)",
    "15–30 min (20)",
    "30–45 min (12)",
    "45 min or more (8)",
  ]);

  // With a video: each length counts its episodes with a video; "Has chapters" those with both; the
  // topics count theirs, and MySQL (no episode with a video) is not offered.
  await page.goto(`${seedShowPath}?video=1`);
  await expect(chip(page, "Has video")).toHaveAccessibleName("Has video 22 episodes");
  await expect(chip(page, "Has chapters")).toHaveAccessibleName("Has chapters 20 episodes");
  expect(await optionTexts(page.getByLabel("Length"))).toEqual([
    "Any length (22)",
    "Under 15 min (1)",
    "15–30 min (6)",
    "30–45 min (7)",
    "45 min or more (3)",
  ]);
  const topics = await optionTexts(page.getByLabel("Topic", { exact: true }));
  expect(topics[0]).toBe("Any topic (22)");
  expect(topics).toContain("PostgreSQL (5)");
  expect(topics.some((text) => text.startsWith("MySQL"))).toBe(false);

  // PostgreSQL: the chips count within the topic; the topic list counts without it.
  await page.goto(`${seedShowPath}?topic=postgresql`);
  await expect(countLine(page)).toContainText("9 episodes, on PostgreSQL");
  await expect(chip(page, "Has video")).toHaveAccessibleName("Has video 5 episodes");
  await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("postgresql");
  const all = await optionTexts(page.getByLabel("Topic", { exact: true }));
  expect(all[0]).toBe("Any topic (57)");
  expect(all).toContain("PostgreSQL (9)");
  expect(all).toContain("MySQL (1)");
});

test("the topic filter applies at once and keeps that topic's episodes", async ({ page }) => {
  await page.goto(seedShowPath);
  await filtersReady(page);
  await page.getByLabel("Topic", { exact: true }).selectOption("postgresql");
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?topic=postgresql#episodes$`));
  await expect(countLine(page)).toContainText("9 episodes, on PostgreSQL");
  await expect(cards(page)).toHaveCount(9);
  for (const card of await cards(page).all()) {
    await expect(card.getByRole("link", { name: "PostgreSQL", exact: true })).toHaveAttribute(
      "href",
      "/topics/postgresql",
    );
  }
  await expect(page.getByLabel("Topic", { exact: true })).toBeFocused();
});

test("sort: newest, oldest and longest first, undated and unknown lengths last", async ({ page }) => {
  await page.goto(seedShowPath);
  await expect(page.getByLabel("Sort")).toHaveValue("newest");
  await expect(cardTitles(page).first()).toHaveText(NEWEST);

  await filtersReady(page);
  await page.getByLabel("Sort").selectOption("oldest");
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?sort=oldest#episodes$`));
  // 2023-03-11, 2023-03-14, 2023-03-16.
  await expect(cardTitles(page).nth(0)).toHaveText(DISCORD);
  await expect(cardTitles(page).nth(1)).toHaveText(
    "Why Loom Users got each others’ sessions on March 7th 2023",
  );
  await expect(cardTitles(page).nth(2)).toHaveText("Pinterest moves to HTTP/3");
  // Sorting is not filtering: every episode, over three pages that keep the order.
  await expect(countLine(page)).toContainText(`${seedShow.episodeCount} episodes`);
  await expect(pagination(page).getByRole("link", { name: "Next" })).toHaveAttribute(
    "href",
    `${seedShowPath}?sort=oldest&page=2#episodes`,
  );
  await page.goto(`${seedShowPath}?sort=oldest&page=3`);
  await expect(cardTitles(page).last()).toHaveText(HOSTILE);

  await page.goto(`${seedShowPath}?sort=longest`);
  await expect(page.getByLabel("Sort")).toHaveValue("longest");
  // 4140 s, 3741 s, 3180 s.
  await expect(cardTitles(page).nth(0)).toHaveText(DISCORD);
  await expect(cardTitles(page).nth(0)).toBeVisible();
  await expect(cards(page).nth(0)).toContainText("1 h 9 min");
  await expect(cardTitles(page).nth(1)).toHaveText("Cloudflare's 150ms global cache purge | Deep Dive");
  await expect(cardTitles(page).nth(2)).toHaveText("The Journey of a Request to the Backend");
  // Unknown lengths last (in source order), the hostile episode the very last.
  await page.goto(`${seedShowPath}?sort=longest&page=3`);
  await expect(cards(page)).toHaveCount(9);
  await expect(cardTitles(page).last()).toHaveText(HOSTILE);

  // The order keeps the filters and the filters keep the order.
  await page.goto(`${seedShowPath}?video=1&sort=longest`);
  await expect(countLine(page)).toContainText("22 episodes with video");
  await expect(cardTitles(page).first()).toHaveText(DISCORD);
  await filtersReady(page);
  await chip(page, "Has chapters").click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?video=1&chapters=1&sort=longest#episodes$`));
  await expect(countLine(page)).toContainText("20 episodes with video and chapters");
});

test("Has chapters shows 42 episodes over two pages, keeping the filter", async ({ page }) => {
  await page.goto(`${seedShowPath}?chapters=1`);
  await expect(countLine(page)).toContainText("42 episodes with chapters");
  await expect(cards(page)).toHaveCount(24);
  const next = pagination(page).getByRole("link", { name: "Next" });
  await expect(next).toHaveAttribute("href", `${seedShowPath}?chapters=1&page=2#episodes`);
  await expect(next).toHaveAttribute("rel", "next");
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?chapters=1&page=2#episodes$`));
  await expect(cards(page)).toHaveCount(18);
  await expect(cards(page).getByText("No chapters")).toHaveCount(0);
});

test("Clear resets the filters and keeps the order", async ({ page }) => {
  // Every filter combination matches something in the seed catalog, so the empty state (which
  // has its own "Clear filters" link) is covered in tests/unit/components/episode/episode-list.test.ts instead.
  await page.goto(`${seedShowPath}?video=1&chapters=1&length=short`);
  await expect(countLine(page)).toContainText("1 episode with video and chapters, under 15 min");
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole("link", { name: "Clear", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}#episodes$`));
  await expect(cards(page)).toHaveCount(24);
  await expect(chip(page, "Has video")).not.toBeChecked();
  await expect(chip(page, "Has chapters")).not.toBeChecked();
  await expect(page.getByLabel("Length")).toHaveValue("any");

  await page.goto(`${seedShowPath}?topic=networking&length=xl&sort=longest`);
  await page.getByRole("link", { name: "Clear", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?sort=longest#episodes$`));
  await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Sort")).toHaveValue("longest");
  await expect(cardTitles(page).first()).toHaveText(DISCORD);
});

test("filtered, sorted and later pages start with the results, without the show's header", async ({
  page,
}) => {
  for (const query of ["?video=1", "?page=2", "?sort=oldest", "?topic=postgresql", "?length=xl&chapters=1"]) {
    await page.goto(`${seedShowPath}${query}`);
    await expect(page.getByRole("heading", { level: 1 }), query).toHaveText("Episodes");
    await expect(showHeader(page), query).toHaveCount(0);
    await expect(page.getByRole("link", { name: "YouTube channel" }), query).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Browse by topic" }), query).toHaveCount(0);
    // The first episode is on the first screen, phones included, without scrolling.
    await expect(cards(page).first(), query).toBeInViewport();
    const box = await cards(page).first().boundingBox();
    expect(box?.y, query).toBeLessThan(600);
    // The show stays a click away (this catalog has two shows, so the site header names neither).
    await expect(page.getByRole("main").getByRole("link", { name: seedShow.name }), query).toHaveAttribute(
      "href",
      seedShowPath,
    );
  }
});

test("the show's first page shows an episode on the first screen", async ({ page }) => {
  await page.goto(seedShowPath);
  await expect(cards(page).first()).toBeInViewport();
});

test("the header's search field is visible at every width and searches", async ({ page }) => {
  await page.goto(seedShowPath);
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Search episodes", exact: true });
  await expect(box).toBeVisible();
  const size = await box.boundingBox();
  expect(size?.width).toBeGreaterThanOrEqual(80);
  await box.fill("tlb");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=tlb/);
});

test("pagination walks 24 + 24 + 9 with current-page and rel markers", async ({ page }) => {
  await page.goto(seedShowPath);
  const nav = pagination(page);
  await expect(nav.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByText("Previous")).not.toHaveAttribute("href");

  await nav.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?page=2#episodes$`));
  await expect(cards(page)).toHaveCount(24);
  await expect(countLine(page)).toContainText("showing 25–48");
  // A later page opens with the list itself.
  await expect(page.getByRole("heading", { name: "Episodes", level: 1 })).toBeInViewport();
  await expect(cards(page).first()).toBeInViewport();
  await expect(nav.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Previous" })).toHaveAttribute("rel", "prev");
  await expect(nav.getByRole("link", { name: "Previous" })).toHaveAttribute(
    "href",
    `${seedShowPath}#episodes`,
  );

  await nav.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?page=3#episodes$`));
  await expect(cards(page)).toHaveCount(9);
  await expect(countLine(page)).toContainText("showing 49–57");
  await expect(nav.getByRole("link", { name: "Next" })).toHaveCount(0);
});

test("junk parameters render a normal page", async ({ page }) => {
  for (const query of [
    "?page=-3",
    "?page=abc",
    "?page=1e9",
    "?page=2&page=3",
    "?length=%3Cscript%3Ealert(1)%3C/script%3E",
    "?video=yes&chapters[]=1&sort=title",
    "?page=%00%FF",
    "?topic=no-such-topic",
    "?topic=Not%20A%20Slug&sort=%3Cscript%3E",
  ]) {
    const response = await page.goto(`${seedShowPath}${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), query).toBeVisible();
    await expect(cards(page).first(), query).toBeVisible();
  }
  // An unknown topic is ignored: the whole list.
  await page.goto(`${seedShowPath}?topic=no-such-topic`);
  await expect(countLine(page)).toContainText(`${seedShow.episodeCount} episodes`);
  await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("");

  // Past the end: the last page.
  const response = await page.goto(`${seedShowPath}?page=99`);
  expect(response?.status()).toBe(200);
  await expect(cards(page)).toHaveCount(9);
  await expect(pagination(page).getByRole("link", { name: "Page 3" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("metadata: canonical URLs, and filtered or re-sorted views are not indexed", async ({ page }) => {
  await page.goto(`${seedShowPath}?page=2&utm_source=x`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${SHOW}\\?page=2$`),
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

  await page.goto(`${seedShowPath}?sort=oldest&topic=no-such-topic&length=any`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${SHOW}\\?sort=oldest$`),
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // Links published while the list was at "/" and /episodes land on the seed show's list with their
  // parameters (however many redirects that takes).
  for (const old of ["/?video=1&length=any", "/episodes?video=1&length=any"]) {
    await page.goto(old);
    await expect(page, old).toHaveURL(new RegExp(`${SHOW}\\?video=1&length=any$`));
    await expect(page.locator('link[rel="canonical"]'), old).toHaveAttribute(
      "href",
      new RegExp(`${SHOW}\\?video=1$`),
    );
    await expect(page.locator('meta[name="robots"]'), old).toHaveAttribute("content", /noindex/);
    await expect(countLine(page), old).toContainText(`${seedShow.videoCount} episodes with video`);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows no theme switch, which could not work", async ({ page }) => {
    await page.goto(seedShowPath);
    await expect(page.getByRole("banner").getByRole("link", { name: "Topics" })).toBeVisible();
    await expect(page.locator("[data-theme-toggle]")).toBeHidden();
  });

  test("the filter form applies with its button, and pagination still works", async ({ page }) => {
    await page.goto(seedShowPath);
    const apply = page.getByRole("button", { name: "Apply" });
    await expect(apply).toBeVisible();
    // A change alone does nothing: the form waits for its button.
    await chip(page, "Has chapters").check();
    await page.getByLabel("Length").selectOption("long");
    await page.getByLabel("Sort").selectOption("longest");
    await expect(page).toHaveURL(new RegExp(`${SHOW}$`));
    await apply.click();
    // The browser sends every control, defaults included; the page reads them as the canonical URL would.
    await expect(page).toHaveURL(
      new RegExp(`${SHOW}\\?chapters=1&length=long&topic=&sort=longest#episodes$`),
    );
    await expect(countLine(page)).toContainText("10 episodes with chapters, 30–45 min");
    await expect(chip(page, "Has chapters")).toBeChecked();
    await expect(page.getByLabel("Sort")).toHaveValue("longest");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${SHOW}\\?chapters=1&length=long&sort=longest$`),
    );

    await page.getByLabel("Topic", { exact: true }).selectOption("postgresql");
    await apply.click();
    await expect(page).toHaveURL(/topic=postgresql/);
    await expect(countLine(page)).toContainText("with chapters, 30–45 min, on PostgreSQL");

    await page.getByRole("link", { name: "Clear", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${SHOW}\\?sort=longest#episodes$`));
    await page.getByLabel("Sort").selectOption("newest");
    await apply.click();
    await pagination(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`${SHOW}\\?page=2#episodes$`));
    await expect(cards(page)).toHaveCount(24);
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`no accessibility violations on a show's page (${theme})`, async ({ page }) => {
    await setTheme(page, theme);
    await page.goto(seedShowPath);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expectNoAxeViolations(page);
    await page.goto(`${seedShowPath}?video=1&chapters=1&length=short`);
    await expectNoAxeViolations(page);
    await page.goto(`${seedShowPath}?topic=postgresql&sort=longest`);
    await expectNoAxeViolations(page);
  });
}

test("the theme toggle switches theme and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(lightBackground);

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await background()).toBe(lightBackground);
});

test("keyboard: the skip link comes first, then the header, with a visible focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  await page.keyboard.press("Tab");
  const banner = page.getByRole("banner");
  const home = banner.getByRole("link").first();
  await expect(home).toBeFocused();
  const outline = await home.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).not.toBe("0px");

  // Then the header's search box, then its first page link ("Shows" in a catalog of several shows,
  // "Episodes" in a catalog of one).
  await page.keyboard.press("Tab");
  await expect(banner.getByRole("searchbox", { name: "Search episodes", exact: true })).toBeFocused();
  const listLink = banner.getByRole("link", { name: /^(Shows|Episodes)$/ }).first();
  for (let step = 0; step < 3; step += 1) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("header")))).toBe(true);
    if (await listLink.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(listLink).toBeFocused();
});

test("no horizontal scrolling", async ({ page }) => {
  for (const path of [
    "/",
    seedShowPath,
    `${seedShowPath}?page=3`,
    `${seedShowPath}?video=1&chapters=1&length=short`,
    `${seedShowPath}?topic=storage-and-io&sort=longest`,
  ]) {
    await page.goto(path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
  }
});
