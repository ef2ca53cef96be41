// The episode page without the player: browsing to it, chapters and their links, the no-video
// fallback, description and links, cross-links, metadata, 404, accessibility and phone layout.
// Expected values come from reading data/sources/*.txt and data/episode-facts.json. Episode pages live
// under their show: /shows/the-backend-engineering-show/<slug>.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { pattern, seedEpisodePath, seedShowPath } from "./support/catalog";

test("browse from the list to an episode and see its chapters with their times", async ({ page }) => {
  await page.goto(seedShowPath);
  await page.getByRole("link", { name: "Kernel level TLS" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("kernel-level-tls"))}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kernel level TLS");
  const chapters = page.locator("[data-chapter-list] > li");
  await expect(chapters).toHaveCount(9);
  const times = await page.locator("[data-chapter-list] > li time").allTextContents();
  expect(times).toEqual(["0:00", "2:00", "3:00", "6:00", "8:20", "10:15", "12:00", "13:50", "17:00"]);
  await expect(chapters.nth(4)).toContainText("NIC offload mode (TLS_HW)");
});

test("an episode without video or audio says so once, keeps its times as text and links out honestly", async ({
  page,
  context,
  baseURL,
}) => {
  // Neither a video nor audio (kernel-level-tls gets audio from the e2e fixture feed).
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(seedEpisodePath("windows-vs-linux-kernel"));
  await expect(page.getByText(/^Not playable here yet/)).toHaveCount(1);
  await expect(page.locator("audio[controls], iframe")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^play/i })).toHaveCount(0);
  // No pretend jump: the times are text, none of them a link.
  await expect(page.locator("[data-seek]")).toHaveCount(0);
  await expect(page.locator("[data-chapter-list] > li a[href*='youtube.com']")).toHaveCount(0);
  const times = await page.locator("[data-chapter-list] > li time").allTextContents();
  expect(times).toHaveLength(9);
  // One plain outside link to look for the video, on the show's channel.
  const find = page.getByRole("link", { name: /^Find on YouTube/ });
  await expect(find).toHaveCount(1);
  await expect(find).toHaveAttribute(
    "href",
    "https://www.youtube.com/c/HusseinNasser-software-engineering/search?query=Windows+vs+Linux+Kernel",
  );
  await expect(page.getByText(/open a YouTube search/)).toHaveCount(0);
  // A time can be copied, to skip to it wherever the episode is found.
  await page.getByRole("button", { name: `Copy the time ${times[1]}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Time ${times[1]} copied`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(times[1]);
});

test("an episode with no chapters does not talk about chapter times", async ({ page }) => {
  // An episode of the seed show without chapters, read from the running site's API.
  const list = (await (await page.request.get("/api/episodes?limit=100")).json()) as {
    episodes: { slug: string; show: { slug: string }; chapterCount: number }[];
  };
  const bare = list.episodes.find((episode) => episode.chapterCount === 0);
  expect(bare).toBeDefined();
  await page.goto(`/shows/${bare!.show.slug}/${bare!.slug}`);
  await expect(page.getByText("The sources list no chapters for this episode.")).toBeVisible();
  await expect(page.locator("main").getByText(/chapter times/i)).toHaveCount(0);
});

test("the description keeps its links, with the host's promotions set apart", async ({ page }) => {
  await page.goto(seedEpisodePath("kernel-level-tls"));
  const about = page.locator("section[aria-labelledby='about-heading']");
  await expect(about).toContainText(
    "ktls is brilliant. TLS encryption/decryption often happens in userland.",
  );
  await expect(
    about.getByRole("link", { name: "docs.kernel.org/networking/tls-offload.html" }),
  ).toHaveAttribute("href", "https://docs.kernel.org/networking/tls-offload.html");
  const courses = page.getByRole("heading", { name: "Courses by the host" }).locator("..");
  await expect(courses.getByRole("link")).toHaveAttribute("href", "https://oscourse.win");
  for (const rel of await page
    .locator("main a[href^='http']")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("rel")))) {
    expect(rel).toBe("noopener noreferrer nofollow");
  }
});

test("a YouTube link naming another episode becomes a link to that episode, both ways", async ({ page }) => {
  await page.goto(seedEpisodePath("cloudflares-150ms-global-cache-purge-deep-dive"));
  const mentioned = page.getByRole("heading", { name: "Episodes mentioned" }).locator("..");
  await mentioned.getByRole("link", { name: /How Discord Stores Trillions of Messages/ }).click();
  await expect(page).toHaveURL(
    new RegExp(`${pattern(seedEpisodePath("how-discord-stores-trillions-of-messages-a-deep-dive"))}$`),
  );
  await expect(
    page.getByRole("heading", { name: "Mentioned in" }).locator("..").getByRole("link"),
  ).toHaveText("Cloudflare's 150ms global cache purge | Deep Dive");
});

test("metadata, previous/next and related episodes", async ({ page }) => {
  await page.goto(seedEpisodePath("postgres-18-gets-async-io"));
  await expect(page).toHaveTitle(/^Postgres 18 gets Async IO · /);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute(
    "href",
    new RegExp(`${pattern(seedEpisodePath("postgres-18-gets-async-io"))}$`),
  );
  await expect(page.locator("meta[property='og:title']")).toHaveAttribute(
    "content",
    "Postgres 18 gets Async IO",
  );
  await expect(page.locator("meta[name=description]")).toHaveAttribute(
    "content",
    /^Postgres 18 has been released/,
  );
  // List order is newest first: Oct 17, 2025 is newer, Jun 13, 2025 older.
  await expect(page.locator("a[rel=prev]")).toContainText("Graceful shutdown in HTTP");
  await expect(page.locator("a[rel=next]")).toContainText("Kernel level TLS");
  await expect(page.getByRole("heading", { name: "Related episodes" })).toBeVisible();
});

test("an unknown slug is a real 404 with a way back", async ({ page }) => {
  // Under its old address too: a link to an episode that never existed is not redirected anywhere.
  const old = await page.goto("/episodes/no-such-episode");
  expect(old?.status()).toBe(404);
  const response = await page.goto(seedEpisodePath("no-such-episode"));
  expect(response?.status()).toBe(404);
  await page.getByRole("link", { name: /all episodes/i }).click();
  await expect(page).toHaveURL(/\/$/);
});

for (const theme of ["light", "dark"] as const) {
  test(`no accessibility violations on an episode page (${theme})`, async ({ page }) => {
    await setTheme(page, theme);
    await page.goto(seedEpisodePath("postgres-18-gets-async-io"));
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expectNoAxeViolations(page);
    await page.goto(seedEpisodePath("kernel-level-tls"));
    await expectNoAxeViolations(page);
  });
}

test("no horizontal scrolling on an episode page", async ({ page }) => {
  await page.goto(seedEpisodePath("cloudflares-150ms-global-cache-purge-deep-dive"));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("chapters are reachable by keyboard with a visible focus", async ({ page }) => {
  // Without video or audio: each chapter has a copy-time button and a share link.
  await page.goto(seedEpisodePath("windows-vs-linux-kernel"));
  const first = page.getByRole("button", { name: /^Copy the time / }).first();
  await first.focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAccessibleName(/^Copy link to /);
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAccessibleName(/^Copy the time /);
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
});

test("a deep link into an episode without a video marks that chapter", async ({ page }) => {
  await page.goto(`${seedEpisodePath("page-tables")}?t=33:00`);
  await expect(page).toHaveURL(new RegExp(`${pattern(seedEpisodePath("page-tables", 1980))}$`));
  const current = page.locator("[data-chapter-list] a[aria-current='true']");
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("TLB");
  await page.goto(`${seedEpisodePath("page-tables")}?t=banana`);
  await expect(page.locator("[data-chapter-list] a[aria-current='true']")).toHaveCount(0);
});

test("in the browser, the page's JSON-LD parses and describes the chapters the page shows", async ({
  page,
}) => {
  await page.goto(seedEpisodePath("kernel-level-tls"));
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  expect(blocks).toHaveLength(1);
  const ld = blocks[0] as { "@type": string; name: string; hasPart: { name: string; startOffset: number }[] };
  expect(ld["@type"]).toBe("PodcastEpisode");
  expect(ld.name).toBe("Kernel level TLS");
  const shown = await page
    .locator("[data-chapter-list] > li")
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-start"))));
  expect(ld.hasPart.map((clip) => clip.startOffset)).toEqual(shown);
  expect(ld.hasPart[4]!.name).toContain("TLS_HW");
});
