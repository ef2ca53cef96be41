// A show's page: its episode list, filters and pagination (server-rendered, with and without
// JavaScript), accessibility in both themes, keyboard focus and phone layout. The e2e catalog has two
// shows, so "/" is the catalog's home (tests/e2e/shows.spec.ts) and the seed show's list, which "/" held
// while there was one show, is at /shows/the-backend-engineering-show, filters and pages as query
// parameters. Counts are the seed show's (tests/e2e/support/catalog.ts): the 56 seed episodes (22 with a
// YouTube id, 41 with chapters) plus one undated episode with 4 chapters from hostile.txt.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { pattern, seedEpisodePath, seedShow, seedShowPath } from "./support/catalog";

const SHOW = pattern(seedShowPath);

const NEWEST = "My new book - Root cause, Stories from two decades of backend bugs";

const episodesRegion = (page: Page) => page.getByRole("region", { name: "Episodes" });
const cards = (page: Page) => episodesRegion(page).getByRole("article");
const countLine = (page: Page) => page.getByTestId("result-count");
const pagination = (page: Page) => page.getByRole("navigation", { name: "Pagination" });

test("page 1 lists 24 episodes, newest first, and the total", async ({ page }) => {
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
  // The title is the link to the episode page.
  await expect(first.getByRole("link", { name: NEWEST })).toHaveAttribute(
    "href",
    "/shows/the-backend-engineering-show/my-new-book-root-cause-stories-from-two-decades-of-backend-bugs",
  );

  // The show's description is summarised without raw URLs; its links are labelled pills.
  const intro = page.getByRole("main").locator("header").first();
  await expect(intro).toContainText("If you like software engineering");
  await expect(intro).not.toContainText("http");
  await expect(page.getByRole("link", { name: "YouTube channel" })).toHaveAttribute("href", /youtube\.com/);
  await expect(page.getByRole("link", { name: "Courses" })).toBeVisible();

  expect(errors).toEqual([]);
});

test("a card shows an approximate duration with ≈ and links to its episode", async ({ page }) => {
  await page.goto(seedShowPath);
  const card = cards(page).filter({ hasText: "Amazon US-EAST-1 Outage in Details" });
  await expect(card).toContainText("≈ 24:00");
  await expect(card).toContainText("4 chapters");
  const exact = cards(page).filter({ hasText: "Kernel level TLS" });
  await expect(exact).toContainText("22:55");
  await expect(exact).not.toContainText("≈");

  // Clicking the card outside the title follows the title link (the ::after overlay).
  await exact.scrollIntoViewIfNeeded();
  const box = await exact.boundingBox();
  if (!box) throw new Error("card has no box");
  await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("kernel-level-tls"))}$`));
});

test("Has video shows the 22 episodes with a video, each with a Video badge", async ({ page }) => {
  await page.goto(seedShowPath);
  await page.getByRole("checkbox", { name: /Has video/ }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}\\?video=1&length=any#episodes$`));
  await expect(countLine(page)).toContainText("22 episodes with video");
  await expect(cards(page)).toHaveCount(22);
  for (const card of await cards(page).all()) {
    await expect(card.getByText("Video", { exact: true })).toBeVisible();
  }
  await expect(pagination(page)).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /Has video/ })).toBeChecked();
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

test("the length filter keeps episodes inside its bounds", async ({ page }) => {
  // "Kernel level TLS" is 1375 s (22:55): in 15–30 min, not under 15 min.
  await page.goto(`${seedShowPath}?length=medium`);
  await expect(countLine(page)).toContainText("20 episodes, 15–30 min");
  await expect(episodesRegion(page).getByRole("link", { name: "Kernel level TLS" })).toBeVisible();
  await expect(page.getByLabel("Length")).toHaveValue("medium");

  await page.getByLabel("Length").selectOption("short");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/length=short/);
  await expect(countLine(page)).toContainText("7 episodes, under 15 min");
  await expect(episodesRegion(page).getByRole("link", { name: "Kernel level TLS" })).toHaveCount(0);
  // "The beauty of the CPU" is 579 s.
  await expect(episodesRegion(page).getByRole("link", { name: "The beauty of the CPU" })).toBeVisible();
});

test("Clear resets the filters", async ({ page }) => {
  // Every filter combination matches something in the seed catalog, so the empty state (which
  // has its own "Clear filters" link) is covered in tests/unit/components/episode/episode-list.test.ts instead.
  await page.goto(`${seedShowPath}?video=1&chapters=1&length=short`);
  await expect(countLine(page)).toContainText("1 episode with video and chapters, under 15 min");
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole("link", { name: "Clear", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${SHOW}#episodes$`));
  await expect(cards(page)).toHaveCount(24);
  await expect(page.getByRole("checkbox", { name: /Has video/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Has chapters/ })).not.toBeChecked();
  await expect(page.getByLabel("Length")).toHaveValue("any");
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
  // Page links land on the list, not on the show header above it.
  await expect(page.getByRole("heading", { name: "Episodes", level: 2 })).toBeInViewport();
  await expect(page.getByRole("heading", { level: 1 })).not.toBeInViewport();
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
  ]) {
    const response = await page.goto(`${seedShowPath}${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), query).toBeVisible();
    await expect(cards(page).first(), query).toBeVisible();
  }

  // Past the end: the last page.
  const response = await page.goto(`${seedShowPath}?page=99`);
  expect(response?.status()).toBe(200);
  await expect(cards(page)).toHaveCount(9);
  await expect(pagination(page).getByRole("link", { name: "Page 3" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("metadata: canonical URLs, and filtered views are not indexed", async ({ page }) => {
  await page.goto(`${seedShowPath}?page=2&utm_source=x`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${SHOW}\\?page=2$`),
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
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

  test("the filter form and pagination still work", async ({ page }) => {
    await page.goto(seedShowPath);
    await page.getByRole("checkbox", { name: /Has chapters/ }).check();
    await page.getByLabel("Length").selectOption("long");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`${SHOW}\\?chapters=1&length=long#episodes$`));
    await expect(countLine(page)).toContainText("episodes with chapters, 30–45 min");
    await expect(page.getByRole("checkbox", { name: /Has chapters/ })).toBeChecked();

    await page.getByRole("link", { name: "Clear", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${SHOW}#episodes$`));
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

  // Then the header's other controls (the search box on wide screens) up to its first page link
  // ("Shows" in a catalog of several shows, "Episodes" in a catalog of one).
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
  ]) {
    await page.goto(path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
  }
});
