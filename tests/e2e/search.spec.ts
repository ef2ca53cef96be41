// Search: the live search island on /search (results as you type, URL kept in step, arrow keys), chapter
// hits landing on that moment of the episode, the header box and the "/" shortcut, the plain form with
// JavaScript off, /api/search's validation under hostile input, accessibility and the phone layout.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { installYouTubeStandIn, youtubeCalls } from "./support/youtube-stand-in";
import { pattern, seedEpisodePath } from "./support/catalog";
import { sharedCachePolicy } from "./support/http";

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search episodes and chapters" });
const headerBox = (page: Page) => page.getByRole("searchbox", { name: "Search episodes", exact: true });
const resultsRegion = (page: Page) => page.locator("#search-results");
const countLine = (page: Page) => page.getByTestId("search-count");

/** The result card of the episode titled `title`. */
function result(page: Page, title: string) {
  return resultsRegion(page)
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

/** Opens a search page and waits until the island has hydrated (React has attached its handlers). */
async function openSearch(page: Page, path = "/search") {
  await page.goto(path);
  await page.waitForFunction(() => {
    const input = document.getElementById("search-q");
    return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps"));
  });
}

/** Tags the current document; `sameDocument` is true while no navigation has replaced it. */
async function tagDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __searchTag: "kept" }));
}
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as Window & { __searchTag?: string }).__searchTag === "kept");
}

function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Resource failures (a prefetch elsewhere on the page) are not this island's errors.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(message.text());
    }
  });
  return errors;
}

test.describe("live search", () => {
  test("typing shows results without a reload and keeps the URL in step", async ({ page }) => {
    const errors = failOnPageErrors(page);
    await openSearch(page);
    await expect(page.getByRole("heading", { name: "Search every episode and chapter" })).toBeVisible();
    await tagDocument(page);
    const historyLength = await page.evaluate(() => history.length);

    await searchBox(page).pressSequentially("tlb", { delay: 40 });
    const card = result(page, "Page Tables");
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: "33:00 TLB" })).toHaveAttribute(
      "href",
      "/shows/the-backend-engineering-show/page-tables?t=1980",
    );
    await expect(card.locator("mark").first()).toHaveText(/tlb/i);
    await expect(countLine(page)).toHaveText("1 episode for “tlb”");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("1 episode for “tlb”");
    await expect(resultsRegion(page)).toHaveAttribute("aria-busy", "false");

    // replaceState: the URL follows, no navigation happened and no history entry was added.
    await expect(page).toHaveURL(/\/search\?q=tlb$/);
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expect(page).toHaveTitle(/^Search/);
    expect(errors).toEqual([]);
  });

  test("a chapter hit lands on that moment of the episode", async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill("tlb");
    const chapter = result(page, "Page Tables").getByRole("link", { name: "33:00 TLB" });
    await chapter.click();
    await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("page-tables", 1980))}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page Tables");
    await expect(page.locator("[data-chapter-list] [data-chapter][data-start='1980']")).toContainText("TLB");
  });

  test("a chapter hit with a video starts the player there", async ({ page }) => {
    const youtube = await installYouTubeStandIn(page);
    await openSearch(page);
    await searchBox(page).fill("io_uring");
    const chapter = result(page, "Postgres 18 gets Async IO").getByRole("link", { name: /^23:00 / });
    await expect(chapter).toHaveAttribute("href", seedEpisodePath("postgres-18-gets-async-io", 1380));
    await chapter.click();

    await expect(page).toHaveURL(
      new RegExp(`${pattern(seedEpisodePath("postgres-18-gets-async-io", 1380))}$`),
    );
    const current = page.locator("[data-chapter-list] a[data-seek='1380']");
    await expect(current).toHaveAttribute("aria-current", "true");
    const play = page.getByRole("button", { name: /^Play from 23:00: Postgres 18 gets Async IO/ });
    await expect(play).toBeVisible();
    expect(youtube.requested).toEqual([]);

    await play.click();
    await expect
      .poll(async () => (await youtubeCalls(page)).filter((call) => call.name === "constructor").length)
      .toBe(1);
    const [created] = (await youtubeCalls(page)).filter((call) => call.name === "constructor");
    expect((created?.args[0] as { playerVars: { start: number } }).playerVars.start).toBe(1380);
  });

  test("a two-word query lists several chapters of the episode, in time order; one plays from its second", async ({
    page,
  }) => {
    const youtube = await installYouTubeStandIn(page);
    await openSearch(page);
    await searchBox(page).fill("postgres locks");
    const card = result(page, "All Postgres Locks Explained | A Deep Dive");
    // The episode's own title has both words: it comes first.
    await expect(
      resultsRegion(page).getByRole("article").first().getByRole("heading", { level: 2 }),
    ).toHaveText("All Postgres Locks Explained | A Deep Dive");
    // Its chapters that hold either word, not only the one that holds both ("Overview of Postgres Locks").
    const chapters = card.locator("a[href*='?t=']");
    await expect.poll(() => chapters.count()).toBeGreaterThanOrEqual(4);
    const names = await chapters.allInnerTexts();
    for (const name of names) expect(name).toMatch(/lock|postgres/i);
    expect(names.some((name) => /Row-Level Locks|Table-Level Locks|Page-Level Locks/.test(name))).toBe(true);
    const seconds = await chapters.evaluateAll((links) =>
      links.map((link) => Number(new URL((link as HTMLAnchorElement).href).searchParams.get("t"))),
    );
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    expect(new Set(seconds).size).toBe(seconds.length);

    // The third listed chapter: its page opens at that second and the player starts there.
    const second = seconds[2]!;
    await chapters.nth(2).click();
    await expect(page).toHaveURL(
      new RegExp(`${pattern(seedEpisodePath("all-postgres-locks-explained-a-deep-dive", second))}$`),
    );
    await expect(page.locator(`[data-chapter-list] a[data-seek='${second}']`)).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(youtube.requested).toEqual([]);
    await page.getByRole("button", { name: /^Play from / }).click();
    await expect
      .poll(async () => (await youtubeCalls(page)).filter((call) => call.name === "constructor").length)
      .toBe(1);
    const [created] = (await youtubeCalls(page)).filter((call) => call.name === "constructor");
    expect((created?.args[0] as { playerVars: { start: number } }).playerVars.start).toBe(second);
  });

  test("words no episode has together fall back to any of them, and the page says so", async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill("tlb zqxjvw");
    await expect(page.getByTestId("search-any-words")).toHaveText(
      "No episode has every word of “tlb zqxjvw”: these have some of them.",
    );
    await expect(result(page, "Page Tables")).toBeVisible();
    // A query whose words an episode has together gets no such note.
    await searchBox(page).fill("tlb");
    await expect(countLine(page)).toHaveText("1 episode for “tlb”");
    await expect(page.getByTestId("search-any-words")).toHaveCount(0);
  });

  test("a misspelling shows the corrected results and says so", async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill("kernal");
    await expect(page.getByTestId("search-correction")).toHaveText(
      "Showing results for “kernel” — no results for “kernal”",
    );
    await expect(countLine(page)).toContainText("for “kernel”");
    await expect(resultsRegion(page).getByRole("article").first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=kernal$/);
  });

  test("a quoted phrase matches the phrase", async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill('"page fault"');
    const card = result(page, "CPU and Kernel Page Faults");
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: /What is a Page fault/ })).toBeVisible();
    await expect(
      card
        .locator("mark")
        .filter({ hasText: /^page fault$/i })
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=%22page\+fault%22$/);
  });

  test("the arrow keys walk the result links and Enter opens one", async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill("page fault");
    await expect(resultsRegion(page).getByRole("article").first()).toBeVisible();
    const links = resultsRegion(page).locator("a[data-search-result]");
    const firstTitle = (await links.nth(0).textContent()) ?? "";

    await page.keyboard.press("ArrowDown");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(searchBox(page)).toBeFocused();

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/shows\/[a-z0-9-]+\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTitle);
  });

  test("submitting keeps a history entry; Back returns to the earlier search", async ({ page }) => {
    await openSearch(page, "/search?q=tlb");
    await expect(result(page, "Page Tables")).toBeVisible();
    await searchBox(page).fill("kernal");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("search-correction")).toBeVisible();
    await expect(page).toHaveURL(/\?q=kernal$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=tlb$/);
    await expect(searchBox(page)).toHaveValue("tlb");
    await expect(result(page, "Page Tables")).toBeVisible();
  });

  test("the topic filter and sort apply at once", async ({ page }) => {
    await openSearch(page, "/search?q=kernel");
    await page.getByRole("combobox", { name: "Topic" }).selectOption({ label: "Linux kernel" });
    await expect(countLine(page)).toContainText("in Linux kernel");
    await expect(page).toHaveURL(/\/search\?q=kernel&topic=linux-kernel$/);
    await page.getByRole("combobox", { name: "Sort" }).selectOption("date");
    await expect(page).toHaveURL(/\/search\?q=kernel&topic=linux-kernel&sort=date$/);
    const newestFirst = async () => {
      const dates = await resultsRegion(page)
        .locator("article time")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
      return dates.length > 1 && dates.join() === [...dates].sort().reverse().join();
    };
    await expect.poll(newestFirst).toBe(true);
  });

  test("an unknown topic in the URL is ignored, as the server ignored it", async ({ page }) => {
    const errors = failOnPageErrors(page);
    await openSearch(page, "/search?q=tlb&topic=no-such-topic");
    await expect(result(page, "Page Tables")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("");
    await searchBox(page).fill("kernel");
    await expect(countLine(page)).toContainText("for “kernel”");
    await expect(page).toHaveURL(/\/search\?q=kernel$/);
    await expect(page.getByText("Live results are not available")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("clearing the box goes back to the start state", async ({ page }) => {
    await openSearch(page, "/search?q=tlb");
    await searchBox(page).fill("");
    await expect(page.getByRole("heading", { name: "Search every episode and chapter" })).toBeVisible();
    await expect(page).toHaveURL(/\/search$/);
  });
});

test.describe("how a hit plays", () => {
  // tests/e2e/fixtures/sources/show-feed.xml gives "Page Tables" audio; data/episode-facts.json gives
  // "Postgres 18 gets Async IO" a video; "CPU and Kernel Page Faults" has neither.
  const badge = (page: Page, title: string) => result(page, title).locator("[data-playability]");

  test("each hit says how it plays, and each chapter link what it opens, as results arrive", async ({
    page,
  }) => {
    await openSearch(page);
    await searchBox(page).fill("tlb");
    await expect(badge(page, "Page Tables")).toHaveText("Plays audio");
    const tlb = result(page, "Page Tables").getByRole("link", {
      name: "33:00 TLB (Plays the audio from 33:00)",
      exact: true,
    });
    await expect(tlb).toHaveAttribute("href", seedEpisodePath("page-tables", 1980));

    await searchBox(page).fill("io_uring");
    await expect(badge(page, "Postgres 18 gets Async IO")).toHaveText("Plays video");
    await expect(
      result(page, "Postgres 18 gets Async IO").getByRole("link", {
        name: /^23:00 io_method io_uring \(Plays the video from 23:00\)$/,
      }),
    ).toHaveAttribute("href", seedEpisodePath("postgres-18-gets-async-io", 1380));

    await searchBox(page).fill('"page fault"');
    await expect(badge(page, "CPU and Kernel Page Faults")).toHaveText("Not playable yet");
    // Not playable yet, and the link says so; it still opens our episode page at that time.
    const fault = result(page, "CPU and Kernel Page Faults").getByRole("link", {
      name: /^25:30 What is a Page fault\? \(No video or audio linked yet\)/,
    });
    await expect(fault).toHaveAttribute("href", seedEpisodePath("cpu-and-kernel-page-faults", 1530));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the server's results say the same", async ({ page }) => {
      await page.goto("/search?q=io_uring");
      await expect(badge(page, "Postgres 18 gets Async IO")).toHaveText("Plays video");
      await expect(
        result(page, "Postgres 18 gets Async IO").getByRole("link", {
          name: /\(Plays the video from 23:00\)$/,
        }),
      ).toHaveCount(1);
      await page.goto("/search?q=tlb");
      await expect(badge(page, "Page Tables")).toHaveText("Plays audio");
      await expect(
        result(page, "Page Tables").getByRole("link", { name: "33:00 TLB (Plays the audio from 33:00)" }),
      ).toBeVisible();
    });
  });

  test("the API gives each result's video and audio", async ({ request }) => {
    const tlb = await (await request.get("/api/search?q=tlb")).json();
    expect(tlb.results[0]).toMatchObject({
      slug: "page-tables",
      youtubeId: null,
      audioUrl: "http://127.0.0.1:3101/audio/page-tables.wav",
    });
    const io = await (await request.get("/api/search?q=io_uring")).json();
    const postgres = io.results.find((hit: { slug: string }) => hit.slug === "postgres-18-gets-async-io");
    expect(postgres).toMatchObject({ youtubeId: "yGjGc21mmoU", audioUrl: null });
  });
});

test.describe("search box in the header", () => {
  // Phones show a search icon link instead of the box: desktop project only (see playwright.config.ts).
  test("/ focuses it from the home page; Enter searches @desktop", async ({ page }) => {
    await page.goto("/");
    // Retried until the shortcut's island has hydrated; until then "/" does nothing.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(headerBox(page)).toBeFocused({ timeout: 250 });
    }).toPass();
    await expect(headerBox(page)).toHaveValue("");
    await page.keyboard.type("tlb");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tlb$/);
    await expect(result(page, "Page Tables")).toBeVisible();
  });

  test("/ focuses the page's own box on /search, not inside a text field", async ({ page }) => {
    await openSearch(page, "/search?q=tlb");
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    // In the box, "/" is just a character.
    await page.keyboard.press("End");
    await page.keyboard.type("/");
    await expect(searchBox(page)).toHaveValue("tlb/");
  });

  test("on phones the header's search field shows and searches @phone", async ({ page }) => {
    await page.goto("/");
    await expect(headerBox(page)).toBeVisible();
    await headerBox(page).fill("tlb");
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tlb/);
    await expect(result(page, "Page Tables")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form searches through the server", async ({ page }) => {
    await page.goto("/search");
    await searchBox(page).fill("tlb");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=tlb/);
    await expect(result(page, "Page Tables").getByRole("link", { name: "33:00 TLB" })).toBeVisible();
    await expect(countLine(page)).toHaveText("1 episode for “tlb”");
  });

  test("the header form, corrections, suggestions and paging are plain links", async ({ page, isMobile }) => {
    await page.goto("/search?q=kernal");
    await expect(page.getByTestId("search-correction")).toBeVisible();
    await expect(page).toHaveTitle(/^Search: kernal/);
    await page.goto("/search?q=the");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/search\?q=the&page=2$/);
    await expect(countLine(page)).toContainText("page 2 of");
    if (!isMobile) {
      await headerBox(page).fill("io uring");
      await headerBox(page).press("Enter");
      await expect(page).toHaveURL(/\/search\?q=io\+uring$/);
      await expect(result(page, "Postgres 18 gets Async IO")).toBeVisible();
    }
  });

  test("junk parameters render a sensible page", async ({ page }) => {
    // A repeated key counts by its last value (lib/site/url-params.ts).
    const response = await page.goto("/search?q=kernel&q=tlb&topic=%3Cscript%3E&sort=sideways&page=-4");
    expect(response?.status()).toBe(200);
    await expect(searchBox(page)).toHaveValue("tlb");
    await expect(result(page, "Page Tables")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("");
    await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("relevance");
  });

  test("an unknown topic is ignored: the unfiltered results, canonical to the URL without it", async ({
    page,
  }) => {
    const response = await page.goto("/search?q=tlb&topic=no-such-topic");
    expect(response?.status()).toBe(200);
    await expect(countLine(page)).toHaveText("1 episode for “tlb”");
    await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\?q=tlb$/);
  });

  test("no results says so and offers a way on", async ({ page }) => {
    await page.goto("/search?q=zzqqxx&topic=postgresql");
    await expect(countLine(page)).toHaveText("No episodes match “zzqqxx” in PostgreSQL");
    await page.getByRole("link", { name: "Search all topics" }).click();
    await expect(page).toHaveURL(/\/search\?q=zzqqxx$/);
  });
});

test.describe("GET /api/search", () => {
  test("answers JSON with marked snippets and relative URLs", async ({ request }) => {
    const response = await request.get("/api/search?q=tlb");
    expect(response.status()).toBe(200);
    // The one caching policy of pages and the JSON API (lib/site/http-cache.ts), with an ETag.
    expect(response.headers()["cache-control"]).toMatch(sharedCachePolicy);
    expect(response.headers()["etag"]).toMatch(/^"[\w-]+"$/);
    const body = await response.json();
    expect(body).toMatchObject({ query: "tlb", total: 1, page: 1, pageCount: 1 });
    expect(body.results[0]).toMatchObject({
      slug: "page-tables",
      title: "Page Tables",
      url: seedEpisodePath("page-tables"),
      topics: expect.arrayContaining(["memory-and-os"]),
      chapters: [
        {
          startSeconds: 1980,
          title: "TLB",
          titleHtml: "<mark>TLB</mark>",
          snippet: null,
          url: seedEpisodePath("page-tables", 1980),
        },
      ],
    });
    expect(typeof body.results[0].score).toBe("number");

    const corrected = await (await request.get("/api/search?q=kernal&limit=2")).json();
    expect(corrected).toMatchObject({ query: "kernel", suggestion: "kernel", corrected: true });
    expect(corrected.results).toHaveLength(2);
    expect(corrected.results[0].snippet).toContain("<mark>");
  });

  test("names the bad parameter in a 400", async ({ request }) => {
    for (const [query, parameter] of [
      ["q=tlb&limit=abc", "limit"],
      ["limit=5", "q"],
      ["q=tlb&page=0", "page"],
      ["q=tlb&sort=sideways", "sort"],
      ["q=tlb&topic=Not%20a%20slug", "topic"],
      // A parameter given twice is refused, as /api/episodes refuses it.
      ["q=tlb&q=kernel", "q"],
      ["q=tlb&limit=1&limit=999", "limit"],
    ] as const) {
      const response = await request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error.parameter, query).toBe(parameter);
      expect(typeof body.error.message).toBe("string");
    }
  });

  test("caps limit at 50 and answers an unknown topic as /api/episodes does", async ({ request }) => {
    const capped = await request.get("/api/search?q=a&limit=500");
    expect(capped.status()).toBe(200);
    const body = await capped.json();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(50);

    const unknown = await request.get("/api/search?q=kernel&topic=no-such-topic");
    expect(unknown.status()).toBe(400);
    const { error } = await unknown.json();
    expect(error).toEqual({ parameter: "topic", message: expect.stringContaining("no-such-topic") });
    const episodes = await request.get("/api/episodes?topic=no-such-topic");
    expect(episodes.status()).toBe(400);
    expect((await episodes.json()).error).toEqual(error);
  });

  test("never fails on hostile queries", async ({ request }) => {
    const hostile = [
      '"',
      '""',
      "*",
      "(",
      ")",
      "AND",
      "OR NOT",
      "NEAR(a b)",
      "col:term",
      "title:tlb",
      "'; DROP TABLE Episode; --",
      "^tlb",
      "tlb*",
      "{a b}:c",
      "Ünïcödé 日本語 Ελληνικά",
      "😀🔥 kernel",
      "\u0000",
      "%00",
      "\u202etlb",
      "<script>alert(1)</script>",
      "x".repeat(200) + " tlb",
      "a ".repeat(500),
    ];
    for (const q of hostile) {
      const response = await request.get(`/api/search?${new URLSearchParams({ q })}`);
      expect([200, 400], JSON.stringify(q)).toContain(response.status());
      expect(response.headers()["content-type"]).toContain("application/json");
    }
    // Raw, unencoded junk in the URL itself.
    const raw = await request.get("/api/search?q=%00&limit=%ff");
    expect(raw.status()).toBe(400);
    // 10 KB of junk: over the 1000-character limit, so a 400 naming q.
    const junk = await request.get(`/api/search?${new URLSearchParams({ q: "ab*cd ef:gh ".repeat(850) })}`);
    expect(junk.status()).toBe(400);
    expect((await junk.json()).error.parameter).toBe("q");
    // Longer URLs than the server reads are refused before the route (431), never a 500.
    const huge = await request.get(`/api/search?${new URLSearchParams({ q: "🔥".repeat(5000) })}`);
    expect([400, 414, 431]).toContain(huge.status());
  });
});

test.describe("accessibility and layout", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`search results pass axe in the ${theme} theme`, async ({ page }) => {
      test.slow(); // axe over a page of results takes a while
      await setTheme(page, theme);
      await openSearch(page, "/search?q=kernal");
      await expect(page.getByTestId("search-correction")).toBeVisible();
      await expectNoAxeViolations(page);
      await searchBox(page).fill("page fault");
      await expect(result(page, "CPU and Kernel Page Faults")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the start and empty states pass axe", async ({ page }) => {
    test.slow();
    await openSearch(page);
    await expectNoAxeViolations(page);
    await page.goto("/search?q=zzqqxx");
    await expectNoAxeViolations(page);
  });

  test("nothing scrolls sideways on a phone @phone", async ({ page }) => {
    for (const path of [
      "/search",
      "/search?q=postgres%20locks",
      "/search?q=kernal",
      "/search?q=zzqqxx",
      "/",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
