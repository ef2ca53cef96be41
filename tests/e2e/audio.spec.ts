// The audio player: episodes that have an audio file from a feed but no video. The e2e catalog merges
// tests/e2e/fixtures/sources/show-feed.xml into the seed episodes; its enclosures point at the audio
// stand-in (tests/e2e/support/audio-server.mjs, started by playwright.config.ts), which serves an hour
// of generated silence with Range support. Nothing here reaches the network.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { apiEpisodePath, pattern, seedEpisodePath, seedShow } from "./support/catalog";

type ApiChapter = { startSeconds: number; title: string };
type ApiSummary = { slug: string; youtubeId: string | null; audioUrl: string | null };
type ApiDetail = { chapters: ApiChapter[]; audio: { url: string; type: string } | null };
type AudioEpisode = { slug: string; audioUrl: string; chapters: ApiChapter[] };

/**
 * A seed show episode with audio, no video and at least three chapters, read from the running site's API
 * (the other show's episodes have audio too: tests/e2e/shows.spec.ts plays one).
 */
async function audioEpisode(page: Page): Promise<AudioEpisode> {
  const list = (await (await page.request.get(`/api/episodes?show=${seedShow.slug}&limit=100`)).json()) as {
    episodes: ApiSummary[];
  };
  for (const summary of list.episodes) {
    if (!summary.audioUrl || summary.youtubeId) continue;
    const detail = (await (
      await page.request.get(apiEpisodePath(seedShow.slug, summary.slug))
    ).json()) as ApiDetail;
    expect(detail.audio?.url).toBe(summary.audioUrl);
    if (detail.chapters.length >= 3) {
      return { slug: summary.slug, audioUrl: summary.audioUrl, chapters: detail.chapters };
    }
  }
  throw new Error("the e2e catalog has no episode with audio, no video and three chapters");
}

/** The layout's audio element (the player keeps it while the visitor browses). */
const audio = (page: Page) => page.locator("audio[data-player-audio]");

function playButton(page: Page) {
  return page.getByRole("button", { name: /^Play (audio|from [\d:]+): / });
}

/** The page's islands have hydrated (the chapter links are intercepted from then on). */
async function openEpisode(page: Page, path: string) {
  await page.goto(path);
  await expect(playButton(page)).toBeVisible();
  await page.waitForFunction(() => {
    const button = document.querySelector("button[data-play-facade]");
    return button !== null && Object.keys(button).some((key) => key.startsWith("__reactProps"));
  });
}

const currentTime = (page: Page) => audio(page).evaluate((element: HTMLAudioElement) => element.currentTime);

test("an episode with audio and no video plays the enclosure in the site's player, only once asked", async ({
  page,
}) => {
  const episode = await audioEpisode(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await openEpisode(page, seedEpisodePath(episode.slug));
  // No YouTube on this page, no "not playable" panel, and nothing fetched from the audio host yet.
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByText(/Not playable here yet/)).toHaveCount(0);
  await expect(page.locator("header").getByText("Audio", { exact: true })).toBeVisible();
  expect(requested.filter((url) => url.startsWith(new URL(episode.audioUrl).origin))).toEqual([]);
  await expect(page.getByRole("link", { name: "Audio file" })).toHaveAttribute("href", episode.audioUrl);

  await playButton(page).click();
  await expect(audio(page)).toHaveAttribute("src", episode.audioUrl);
  // The stand-in's file is an hour long: the browser read its metadata from the stand-in.
  await expect
    .poll(() => audio(page).evaluate((element: HTMLAudioElement) => element.duration))
    .toBeCloseTo(3600, 0);
  // The box now holds the player's controls; the progress bar is cut at every chapter after the first.
  const box = page.locator("[data-player-box]");
  await expect(box.getByRole("button", { name: /^(Pause|Play)$/ })).toBeVisible();
  await expect(box.getByRole("button", { name: "Next chapter" })).toBeVisible();
  await expect(box.getByRole("slider", { name: /^Seek in / })).toBeVisible();
  await expect(box.locator("[data-chapter-boundary]")).toHaveCount(
    episode.chapters.filter((chapter) => chapter.startSeconds > 0).length,
  );
});

test("clicking a chapter seeks the audio to that second, marks it and puts ?t= in the URL", async ({
  page,
}) => {
  const episode = await audioEpisode(page);
  await openEpisode(page, seedEpisodePath(episode.slug));
  const chapter = episode.chapters[2]!;
  const link = page.locator(`[data-chapter-list] a[data-seek="${chapter.startSeconds}"]`);
  await link.click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(chapter.startSeconds);
  expect(await currentTime(page)).toBeLessThan(chapter.startSeconds + 5);
  await expect(page).toHaveURL(
    new RegExp(`${pattern(seedEpisodePath(episode.slug, chapter.startSeconds))}$`),
  );
  await expect(link).toHaveAttribute("aria-current", "true");

  // Another chapter, chosen with the keyboard: Enter on a focused link seeks too.
  const first = episode.chapters[0]!;
  const firstLink = page.locator(`[data-chapter-list] a[data-seek="${first.startSeconds}"]`);
  await firstLink.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => currentTime(page)).toBeLessThan(first.startSeconds + 5);
  await expect(page).toHaveURL(new RegExp(`\\?t=${first.startSeconds}$`));
  await expect(firstLink).toHaveAttribute("aria-current", "true");
  await expect(link).not.toHaveAttribute("aria-current", "true");
});

test("playback moving into a later chapter marks that chapter", async ({ page }) => {
  const episode = await audioEpisode(page);
  await openEpisode(page, seedEpisodePath(episode.slug));
  await playButton(page).click();
  await expect(audio(page)).toHaveAttribute("src", episode.audioUrl);
  const target = episode.chapters[1]!;
  // Seeking the element itself (as its own controls would) fires timeupdate.
  await audio(page).evaluate((element: HTMLAudioElement, seconds) => {
    element.currentTime = seconds + 1;
  }, target.startSeconds);
  await expect(page.locator(`[data-chapter-list] a[data-seek="${target.startSeconds}"]`)).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("a ?t= deep link sets where the audio starts and marks the chapter", async ({ page }) => {
  const episode = await audioEpisode(page);
  const chapter = episode.chapters[1]!;
  const minutes = `${Math.floor(chapter.startSeconds / 60)}:${String(chapter.startSeconds % 60).padStart(2, "0")}`;
  await openEpisode(page, `${seedEpisodePath(episode.slug)}?t=${minutes}`);
  await expect(page).toHaveURL(new RegExp(`\\?t=${chapter.startSeconds}$`));
  await expect(page.locator(`[data-chapter-list] a[data-seek="${chapter.startSeconds}"]`)).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(playButton(page)).toHaveAccessibleName(new RegExp(`^Play from ${minutes}: `));
  await playButton(page).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(chapter.startSeconds);
  expect(await currentTime(page)).toBeLessThan(chapter.startSeconds + 5);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("chapter times link to the audio file at that second", async ({ page }) => {
    const episode = await audioEpisode(page);
    await page.goto(seedEpisodePath(episode.slug));
    for (const chapter of episode.chapters) {
      const link = page.locator(`[data-chapter-list] a[data-seek="${chapter.startSeconds}"]`);
      await expect(link).toHaveAttribute("href", `${episode.audioUrl}#t=${chapter.startSeconds}`);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    }
    // The play button cannot work without JavaScript: the browser's own player takes its place.
    await expect(playButton(page)).toBeHidden();
    const native = page.locator("audio[controls]");
    await expect(native).toBeVisible();
    await expect(native).toHaveAttribute("src", episode.audioUrl);
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`the audio episode page has no axe violations (${theme})`, async ({ page }) => {
    const episode = await audioEpisode(page);
    await setTheme(page, theme);
    await openEpisode(page, seedEpisodePath(episode.slug));
    await expectNoAxeViolations(page);
  });
}
