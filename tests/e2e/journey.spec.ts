// The listener's journey the player was built for: search "tlb", land on the chapter, play it, keep
// browsing while it plays. Page Tables has no video; the e2e fixture feed (tests/e2e/support/catalog.ts)
// gives it audio, served by the audio stand-in, so it plays the audio from 33:00.
import { expect, test } from "@playwright/test";
import { pattern, seedEpisodePath } from "./support/catalog";

test("search tlb, land on the chapter, play it, keep browsing while it plays", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByRole("searchbox");
  await box.fill("tlb");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=tlb/);

  // The hit says how its chapter plays before the click.
  const chapter = page.getByRole("link", { name: "33:00 TLB (Plays the audio from 33:00)" });
  await expect(chapter).toBeVisible();
  await chapter.click();
  await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("page-tables", 1980))}$`));
  await expect(page.locator("[data-chapter-list] [data-current]")).toContainText("TLB");

  const play = page.getByRole("button", { name: "Play from 33:00: Page Tables" });
  await play.click();
  const audio = page.locator("audio[data-player-audio]");
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThanOrEqual(1980);

  // Browse on: the topics, then a topic page; the mini-player follows with the chapter it is in.
  await page.getByRole("banner").getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
  const mini = page.getByRole("region", { name: "Player" });
  await expect(mini).toBeVisible();
  await expect(mini.getByRole("link", { name: "Page Tables" })).toBeVisible();
  await expect(mini.locator("[data-mini-chapter]")).toContainText("TLB");
  const before = await audio.evaluate((element: HTMLAudioElement) => element.currentTime);
  await page.getByRole("main").getByRole("link").first().click();
  await expect(mini).toBeVisible();
  // Still playing: the time moved on, from the same element.
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThan(before);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.paused)).toBe(false);
});

test("a chapter that cannot play says so on the hit and on the page", async ({ page }) => {
  // Windows vs Linux Kernel has neither video nor audio.
  await page.goto("/search?q=happy+eyeballs");
  const chapter = page.getByRole("link", { name: /^20:00 Happy Eyeballs \(No video or audio linked yet\)$/ });
  await expect(chapter).toBeVisible();
  await chapter.click();
  await expect(page.getByText(/^Not playable here yet/)).toBeVisible();
  await expect(page.locator("[data-chapter-list] [data-current]")).toContainText("Happy Eyeballs");
  await expect(page.getByRole("button", { name: /^Play/ })).toHaveCount(0);
});
