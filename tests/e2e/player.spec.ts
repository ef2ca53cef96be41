import { expect, test as base, type Page } from "@playwright/test";
import {
  installYouTubeStandIn,
  setPlaybackTime,
  youtubeCalls,
  type StandInOptions,
  type YouTubeCall,
} from "./support/youtube-stand-in";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { seedEpisodePath, seedShowPath } from "./support/catalog";

const postgres = {
  slug: "postgres-18-gets-async-io",
  videoId: "yGjGc21mmoU",
  title: "Postgres 18 gets Async IO",
};
const cloudflare = { slug: "cloudflares-150ms-global-cache-purge-deep-dive", videoId: "Ou-4rfillYo" };

/** The seed show's episode pages (no regex characters in these slugs, so the path is its own pattern). */
const episodePath = (slug: string) => seedEpisodePath(slug);

/**
 * Every test gets the YouTube stand-in (nothing reaches the network) and fails on page errors.
 * `standIn` changes how the stand-in behaves; `expectedConsoleErrors` lets a test accept the ones it causes.
 */
const test = base.extend<{
  standIn: StandInOptions;
  expectedConsoleErrors: RegExp[];
  youtube: { requested: string[] };
}>({
  standIn: [{}, { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  youtube: [
    async ({ page, standIn, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedConsoleErrors.some((pattern) => pattern.test(text))) {
          errors.push(text);
        }
      });
      const youtube = await installYouTubeStandIn(page, standIn);
      await use(youtube);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

/** The island has hydrated and attached its listeners (passive effects run right after hydration). */
async function openEpisode(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-chapter-list]")).toBeVisible();
  await page.waitForFunction(() => {
    const button = document.querySelector("button[aria-label^='Play']");
    return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps"));
  });
  await page.waitForLoadState("networkidle");
}

function playButton(page: Page) {
  return page.getByRole("button", { name: /^Play (video|from [\d:]+): / });
}

function chapterLink(page: Page, seconds: number) {
  return page.locator(`[data-chapter-list] a[data-seek="${seconds}"]`);
}

function chapterItem(page: Page, seconds: number) {
  return page.locator(`[data-chapter-list] [data-chapter][data-start="${seconds}"]`);
}

async function callsNamed(page: Page, name: string): Promise<YouTubeCall[]> {
  return (await youtubeCalls(page)).filter((call) => call.name === name);
}

type PlayerConfig = { videoId: string; host: string; playerVars: Record<string, unknown> };

async function createdPlayers(page: Page): Promise<PlayerConfig[]> {
  return (await callsNamed(page, "constructor")).map((call) => call.args[0] as PlayerConfig);
}

/** "1:02:03" -> 3723, as the chapter list shows times. */
function clockSeconds(text: string): number {
  return text
    .trim()
    .split(":")
    .reduce((total, part) => total * 60 + Number(part), 0);
}

test.describe("chapter links without a player", () => {
  for (const episode of [postgres, cloudflare]) {
    test(`every chapter of ${episode.slug} links to the video at its time`, async ({ page, youtube }) => {
      await page.goto(episodePath(episode.slug));
      const rows = await page.locator("[data-chapter-list] [data-chapter]").evaluateAll((items) =>
        items.map((item) => ({
          start: item.getAttribute("data-start"),
          time: item.querySelector("time")?.textContent ?? "",
          seek: item.querySelector("a[data-seek]")?.getAttribute("data-seek"),
          href: item.querySelector("a[data-seek]")?.getAttribute("href") ?? "",
          share: item.querySelector("a[data-share]")?.getAttribute("href") ?? "",
        })),
      );
      expect(rows.length).toBeGreaterThanOrEqual(10);
      for (const row of rows) {
        const seconds = clockSeconds(row.time);
        expect(row.start).toBe(String(seconds));
        expect(row.seek).toBe(String(seconds));
        const watch = new URL(row.href);
        expect(watch.origin + watch.pathname).toBe("https://www.youtube.com/watch");
        expect(watch.searchParams.get("v")).toBe(episode.videoId);
        // t=0s may be left out for the first chapter.
        expect(watch.searchParams.get("t") ?? "0s").toBe(`${seconds}s`);
        expect(row.share).toBe(`${episodePath(episode.slug)}?t=${seconds}`);
      }
      expect(youtube.requested).toEqual([]);
    });
  }
});

test.describe("click-to-load player", () => {
  test("nothing loads from YouTube until the visitor presses play", async ({ page, youtube }) => {
    await openEpisode(page, episodePath(postgres.slug));
    await expect(page.getByRole("button", { name: `Play video: ${postgres.title}` })).toBeVisible();
    await expect(page.getByText("Loads YouTube (youtube-nocookie.com)")).toBeVisible();
    // No request to YouTube, and none of the markers a chapter link gets once chosen.
    expect(youtube.requested).toEqual([]);
    await expect(page.locator("[data-chapter-list] [aria-current]")).toHaveCount(0);

    const box = await playButton(page).boundingBox();
    await playButton(page).click();

    const frame = page.locator("iframe[data-youtube-stand-in]");
    await expect(frame).toHaveAttribute("title", `YouTube video: ${postgres.title}`);
    expect(youtube.requested).toContain("https://www.youtube.com/iframe_api");
    const [config, ...others] = await createdPlayers(page);
    expect(others).toEqual([]);
    expect(config).toMatchObject({
      videoId: postgres.videoId,
      host: "https://www.youtube-nocookie.com",
      playerVars: { start: 0, enablejsapi: 1, playsinline: 1, rel: 0, origin: new URL(page.url()).origin },
    });
    // The player takes the facade's place without moving anything.
    const frameBox = await frame.boundingBox();
    expect(frameBox?.width).toBeCloseTo(box?.width ?? 0, 0);
    expect(frameBox?.height).toBeCloseTo(box?.height ?? 0, 0);
    await expect(playButton(page)).toHaveCount(0);
    // Playing from the top marks the first chapter; the URL stays as it was.
    await expect(chapterLink(page, 0)).toHaveAttribute("aria-current", "true");
    expect(page.url()).toMatch(new RegExp(`${episodePath(postgres.slug)}$`));
  });

  test("a chapter loads the player at its time, later chapters seek", async ({ page }) => {
    await openEpisode(page, episodePath(postgres.slug));

    await chapterLink(page, 1200).click();
    await expect(page).toHaveURL(new RegExp(`${episodePath(postgres.slug)}\\?t=1200$`));
    await expect(chapterLink(page, 1200)).toHaveAttribute("aria-current", "true");
    await expect(chapterItem(page, 1200)).toHaveAttribute("data-current");
    await expect(page.locator("iframe[data-youtube-stand-in]")).toBeVisible();
    await expect.poll(() => createdPlayers(page)).toHaveLength(1);
    const [config] = await createdPlayers(page);
    expect(config?.videoId).toBe(postgres.videoId);
    expect(config?.playerVars.start).toBe(1200);
    // The first load starts at the chapter: no seek needed.
    await expect.poll(() => callsNamed(page, "playVideo")).toHaveLength(1);
    expect(await callsNamed(page, "seekTo")).toEqual([]);

    await chapterLink(page, 90).click();
    await expect.poll(() => callsNamed(page, "seekTo")).toEqual([{ name: "seekTo", args: [90, true] }]);
    const calls = (await youtubeCalls(page))
      .map((call) => call.name)
      .filter((name) => name !== "getCurrentTime");
    expect(calls.slice(calls.lastIndexOf("seekTo"))).toEqual(["seekTo", "playVideo"]);
    await expect(page).toHaveURL(new RegExp(`\\?t=90$`));
    await expect(page.locator("[data-chapter-list] a[aria-current='true']")).toHaveCount(1);
    await expect(chapterLink(page, 90)).toHaveAttribute("aria-current", "true");
    await expect(chapterItem(page, 90)).toHaveAttribute("data-current");
    await expect(chapterItem(page, 1200)).not.toHaveAttribute("data-current");

    // ] and [ step through the chapters (90 -> 180 -> 90).
    await page.keyboard.press("]");
    await expect.poll(() => callsNamed(page, "seekTo")).toContainEqual({ name: "seekTo", args: [180, true] });
    await expect(chapterLink(page, 180)).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("[");
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([90, true]);

    // Still one player.
    expect(await createdPlayers(page)).toHaveLength(1);
  });

  test("modified clicks are left to the browser", async ({ page, youtube }) => {
    await openEpisode(page, episodePath(postgres.slug));
    const prevented = await chapterLink(page, 1200).evaluate((link) => {
      const outcomes: boolean[] = [];
      // Runs after the island's document listener; stops the browser from really navigating.
      const record = (event: Event) => {
        outcomes.push(event.defaultPrevented);
        event.preventDefault();
      };
      window.addEventListener("click", record);
      for (const modifier of ["ctrlKey", "metaKey", "shiftKey"] as const) {
        link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, [modifier]: true }));
      }
      link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 1 }));
      window.removeEventListener("click", record);
      return outcomes;
    });
    expect(prevented).toEqual([false, false, false, false]);
    expect(youtube.requested).toEqual([]);
    await expect(page.locator("[data-chapter-list] [aria-current]")).toHaveCount(0);
  });

  test("playback moves the current chapter without rewriting the URL", async ({ page }) => {
    await openEpisode(page, episodePath(postgres.slug));
    await chapterLink(page, 1200).click();
    await expect(page.locator("iframe[data-youtube-stand-in]")).toBeVisible();

    await setPlaybackTime(page, 1385);
    await expect(chapterLink(page, 1380)).toHaveAttribute("aria-current", "true", { timeout: 6000 });
    await expect(chapterLink(page, 1200)).not.toHaveAttribute("aria-current");
    await expect(page).toHaveURL(/\?t=1200$/);

    // ] goes on from the chapter playback reached.
    await page.keyboard.press("]");
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([1770, true]);
  });

  test("[ and ] are typing, not shortcuts, in a text field", async ({ page }) => {
    await openEpisode(page, episodePath(postgres.slug));
    await chapterLink(page, 90).click();
    await expect(page.locator("iframe[data-youtube-stand-in]")).toBeVisible();
    await page.evaluate(() => {
      const field = document.createElement("textarea");
      field.setAttribute("aria-label", "Scratch notes");
      document.body.prepend(field);
    });
    const field = page.getByRole("textbox", { name: "Scratch notes" });
    await field.focus();
    await page.keyboard.press("]");
    await page.keyboard.press("[");
    await expect(field).toHaveValue("][");
    expect(await callsNamed(page, "seekTo")).toEqual([]);
  });
});

test.describe("deep links", () => {
  for (const query of ["?t=1200", "?t=20:00", "?t=20m", "#t=1200", "?t=20m0s", "#t=00:20:00"]) {
    test(`${query} opens at 20:00`, async ({ page, youtube }) => {
      await page.goto(episodePath(postgres.slug) + query);
      await expect(page).toHaveURL(new RegExp(`${episodePath(postgres.slug)}\\?t=1200$`));
      await expect(chapterLink(page, 1200)).toHaveAttribute("aria-current", "true");
      await expect(chapterItem(page, 1200)).toHaveAttribute("data-current");
      await expect(playButton(page)).toHaveAccessibleName(`Play from 20:00: ${postgres.title}`);
      await expect(page.getByText("Play from 20:00", { exact: true })).toBeVisible();
      expect(youtube.requested).toEqual([]);

      await playButton(page).click();
      await expect.poll(() => createdPlayers(page)).toHaveLength(1);
      expect((await createdPlayers(page))[0]?.playerVars.start).toBe(1200);
    });
  }

  test("a time inside a chapter marks that chapter", async ({ page }) => {
    await page.goto(`${episodePath(postgres.slug)}?t=1250`);
    await expect(page).toHaveURL(/\?t=1250$/);
    await expect(chapterLink(page, 1200)).toHaveAttribute("aria-current", "true");
    await expect(playButton(page)).toHaveAccessibleName(`Play from 20:50: ${postgres.title}`);
  });

  for (const query of ["?t=banana", "?t=-5", "?t=12:99", "?t=99999", "#t=abc"]) {
    test(`malformed ${query} opens the page normally`, async ({ page, youtube }) => {
      await openEpisode(page, episodePath(postgres.slug) + query);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(playButton(page)).toHaveAccessibleName(`Play video: ${postgres.title}`);
      await expect(page.locator("[data-chapter-list] [aria-current]")).toHaveCount(0);
      await expect(page.locator("[data-chapter-list] [data-current]")).toHaveCount(0);
      expect(page.url()).toMatch(new RegExp(`${episodePath(postgres.slug)}${query.replace("?", "\\?")}$`));
      expect(youtube.requested).toEqual([]);
    });
  }
});

test.describe("when YouTube refuses to play", () => {
  test.describe("embedding not allowed (error 150)", () => {
    test.use({ standIn: { errorCode: 150 } });

    test("shows a Watch on YouTube link instead of a broken box", async ({ page }) => {
      await openEpisode(page, episodePath(postgres.slug));
      await chapterLink(page, 1200).click();

      // In the player's box (on a phone the mini-player says it too, the box being out of view).
      const watch = page.locator("[data-player-box]").getByRole("link", { name: "Watch on YouTube" });
      await expect(watch).toBeVisible();
      await expect(watch).toHaveAttribute(
        "href",
        `https://www.youtube.com/watch?v=${postgres.videoId}&t=1200s`,
      );
      await expect(
        page.locator("[data-player-box]").getByText(/does not allow it to play on other sites/),
      ).toBeVisible();
      await expect(page.locator("iframe")).toHaveCount(0);

      // Chapter links are plain links to YouTube again.
      const prevented = await chapterLink(page, 90).evaluate((link) => {
        let outcome = true;
        const record = (event: Event) => {
          outcome = event.defaultPrevented;
          event.preventDefault();
        };
        window.addEventListener("click", record);
        (link as HTMLAnchorElement).click();
        window.removeEventListener("click", record);
        return outcome;
      });
      expect(prevented).toBe(false);
    });
  });

  test.describe("the API script does not load", () => {
    test.use({
      standIn: { scriptFails: true },
      expectedConsoleErrors: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/],
    });

    test("shows a Watch on YouTube link", async ({ page }) => {
      await openEpisode(page, episodePath(postgres.slug));
      await playButton(page).click();
      const watch = page.getByRole("link", { name: "Watch on YouTube" });
      await expect(watch).toBeVisible();
      await expect(watch).toHaveAttribute("href", `https://www.youtube.com/watch?v=${postgres.videoId}`);
      await expect(page.getByText("The YouTube player could not be loaded.")).toBeVisible();
    });
  });
});

test("a share link copies the chapter's address", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openEpisode(page, episodePath(postgres.slug));
  const before = page.url();

  await page.locator('[data-chapter-list] a[data-share="1200"]').click();
  await expect(page.getByRole("status")).toHaveText("Link copied");
  expect(page.url()).toBe(before);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(before).origin}${episodePath(postgres.slug)}?t=1200`);
  // The message goes away by itself.
  await expect(page.getByRole("status")).toHaveText("", { timeout: 4000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("chapters are plain YouTube links and share links open the deep link", async ({ page, youtube }) => {
    await page.goto(episodePath(postgres.slug));
    await expect(chapterLink(page, 1200)).toHaveAttribute(
      "href",
      `https://www.youtube.com/watch?v=${postgres.videoId}&t=1200s`,
    );
    await expect(chapterLink(page, 90)).toHaveAttribute("href", /[?&]t=90s?(&|$)/);
    // The play button could not play without JavaScript: a link plays the video on YouTube instead.
    await expect(playButton(page)).toBeHidden();
    await expect(page.getByRole("link", { name: `Play on YouTube: ${postgres.title}` })).toHaveAttribute(
      "href",
      `https://www.youtube.com/watch?v=${postgres.videoId}`,
    );
    expect(youtube.requested).toEqual([]);

    await page.locator('[data-chapter-list] a[data-share="1200"]').click();
    await expect(page).toHaveURL(new RegExp(`${episodePath(postgres.slug)}\\?t=1200$`));
    await expect(chapterLink(page, 1200)).toBeVisible();
  });
});

/** The mini-player: the player's controls at the bottom of the screen while its episode's box is not. */
function miniPlayer(page: Page) {
  return page.getByRole("region", { name: "Player" });
}

/** Plays postgres from 20:00 and waits for the stand-in player. */
async function playPostgres(page: Page) {
  await openEpisode(page, episodePath(postgres.slug));
  await chapterLink(page, 1200).click();
  await expect(page.locator("iframe[data-youtube-stand-in]")).toBeVisible();
  await expect.poll(() => callsNamed(page, "playVideo")).toHaveLength(1);
}

/** The iframe's box lies inside `outer`'s box (a pixel of rounding allowed). */
async function expectInside(page: Page, outer: ReturnType<Page["locator"]>) {
  const frame = await page.locator("iframe[data-youtube-stand-in]").boundingBox();
  const box = await outer.boundingBox();
  expect(frame && box).toBeTruthy();
  expect(frame!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(frame!.y).toBeGreaterThanOrEqual(box!.y - 1);
  expect(frame!.x + frame!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
  expect(frame!.y + frame!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
}

test.describe("the player lives in the layout", () => {
  test("playback goes on while browsing, in the mini-player, and back on the episode page", async ({
    page,
  }) => {
    await playPostgres(page);
    // On a phone the chapter is below the box, so the mini-player shows; at the top, the box has it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(miniPlayer(page)).toHaveCount(0);
    await expectInside(page, page.locator("[data-player-box]"));

    // Client-side navigation to the show's list: the same player, now in the mini-player.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").last().click();
    await expect(page).toHaveURL(new RegExp(`${seedShowPath}$`));
    await expect(miniPlayer(page)).toBeVisible();
    await expect(miniPlayer(page).getByRole("link", { name: postgres.title })).toBeVisible();
    await expectInside(page, miniPlayer(page));
    expect(await createdPlayers(page)).toHaveLength(1);
    expect(await callsNamed(page, "destroy")).toEqual([]);
    // The chapter it plays: 20:00 is in the chapter starting at 20:00.
    await expect(miniPlayer(page).locator("[data-mini-chapter]")).toContainText(/^20:0\d · /);

    // Back to the episode through the mini-player's title: the player is in the page's box again.
    await miniPlayer(page).getByRole("link", { name: postgres.title }).click();
    await expect(page).toHaveURL(new RegExp(`${episodePath(postgres.slug)}$`));
    await expect(miniPlayer(page)).toHaveCount(0);
    await expectInside(page, page.locator("[data-player-box]"));
    await expect(chapterLink(page, 1200)).toHaveAttribute("aria-current", "true");
    await expect(playButton(page)).toHaveCount(0);
    expect(await createdPlayers(page)).toHaveLength(1);
    expect(await callsNamed(page, "destroy")).toEqual([]);
  });

  test("the mini-player's controls: pause, chapters, progress, close", async ({ page }) => {
    await playPostgres(page);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").last().click();
    const mini = miniPlayer(page);
    await expect(mini).toBeVisible();

    await mini.getByRole("button", { name: "Pause", exact: true }).click();
    await expect.poll(() => callsNamed(page, "pauseVideo")).toHaveLength(1);
    await expect(mini.getByRole("button", { name: "Play", exact: true })).toBeVisible();
    await mini.getByRole("button", { name: "Play", exact: true }).click();
    await expect(mini.getByRole("button", { name: "Pause", exact: true })).toBeVisible();

    await mini.getByRole("button", { name: "Next chapter" }).click();
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([1380, true]);
    await mini.getByRole("button", { name: "Previous chapter" }).click();
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([1200, true]);

    // The progress bar is cut at each chapter start after 0:00 and inside the 41:12 the episode lasts.
    const boundaries = await page
      .locator("[data-chapter-progress] [data-chapter-boundary]")
      .evaluateAll((marks) => marks.map((mark) => Number(mark.getAttribute("data-chapter-boundary"))));
    expect(boundaries).toContain(1200);
    expect(boundaries).toContain(1380);
    expect(boundaries.every((start) => start > 0 && start < 2472)).toBe(true);
    const slider = mini.getByRole("slider", { name: `Seek in ${postgres.title}` });
    await expect(slider).toHaveAttribute("aria-valuetext", /^20:\d\d of 41:12, /);
    await slider.fill("600");
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([600, true]);

    await mini.getByRole("button", { name: "Close the player" }).click();
    await expect(mini).toHaveCount(0);
    await expect.poll(() => callsNamed(page, "destroy")).toHaveLength(1);
    await expect(page.locator("iframe")).toHaveCount(0);
  });

  test("scrolling past the player shows it in the mini-player; a chapter far down seeks in place", async ({
    page,
  }) => {
    await playPostgres(page);
    const last = page.locator("[data-chapter-list] a[data-seek]").last();
    await last.scrollIntoViewIfNeeded();
    await expect(miniPlayer(page)).toBeVisible();
    await expectInside(page, miniPlayer(page));
    const before = await page.evaluate(() => window.scrollY);
    const seconds = Number(await last.getAttribute("data-seek"));
    await last.click();
    await expect.poll(async () => (await callsNamed(page, "seekTo")).at(-1)?.args).toEqual([seconds, true]);
    // The list stays where the visitor is.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(4);
    await expect(miniPlayer(page).locator("[data-mini-chapter]")).toContainText(
      (await last.locator("span").textContent()) ?? "",
    );
  });
});

test.describe("the player keeps playing through the lists' pages and filters", () => {
  test("paging and filtering a show's list keep the player, with pretty addresses", async ({ page }) => {
    await playPostgres(page);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").last().click();
    const mini = miniPlayer(page);
    await expect(mini).toBeVisible();

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(new RegExp(`${seedShowPath}\\?page=2#`));
    await expect(
      page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }),
    ).toHaveAttribute("aria-current", "page");
    await expect(mini).toBeVisible();

    await page.getByRole("checkbox", { name: /^Has chapters/ }).check();
    await expect(page).toHaveURL(new RegExp(`${seedShowPath}\\?chapters=1#`));
    await expect(mini).toBeVisible();
    // One player all along, never torn down: the page was never reloaded.
    expect(await createdPlayers(page)).toHaveLength(1);
    expect(await callsNamed(page, "destroy")).toEqual([]);
    expect(page.url()).not.toContain("_view");
  });
});

test.describe("keys", () => {
  test("] starts the episode at its first chapter as soon as the page has a player; k pauses", async ({
    page,
    youtube,
  }) => {
    await openEpisode(page, episodePath(postgres.slug));
    expect(youtube.requested).toEqual([]);
    await page.keyboard.press("]");
    await expect.poll(() => createdPlayers(page)).toHaveLength(1);
    expect((await createdPlayers(page))[0]?.playerVars.start).toBe(0);
    await expect(chapterLink(page, 0)).toHaveAttribute("aria-current", "true");
    await expect.poll(() => callsNamed(page, "playVideo")).toHaveLength(1);
    await page.keyboard.press("k");
    await expect.poll(() => callsNamed(page, "pauseVideo")).toHaveLength(1);
  });

  test("focus follows the current chapter when the visitor is in the chapter list", async ({ page }) => {
    await playPostgres(page);
    // Playing 20:00; the visitor tabbed to another chapter of the list: ] plays the next one (23:00),
    // and focus goes with it.
    await chapterLink(page, 90).focus();
    await page.keyboard.press("]");
    await expect(chapterLink(page, 1380)).toBeFocused();
    // Elsewhere, focus stays put.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("]");
    await expect(chapterLink(page, 1770)).toHaveAttribute("aria-current", "true");
    await expect(chapterLink(page, 1770)).not.toBeFocused();
  });

  test("? opens the shortcut sheet, Escape closes it", async ({ page }) => {
    await openEpisode(page, episodePath(postgres.slug));
    await page.keyboard.press("?");
    const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(sheet).toBeVisible();
    for (const [key, what] of [
      ["k", "Play or pause"],
      ["]", "Next chapter"],
      ["[", "Previous chapter"],
    ] as const) {
      await expect(sheet.getByText(key, { exact: true })).toBeVisible();
      await expect(sheet.getByText(what, { exact: true })).toBeVisible();
    }
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`the mini-player has no axe violations (${theme})`, async ({ page }) => {
    await setTheme(page, theme);
    await playPostgres(page);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").last().click();
    await expect(miniPlayer(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
