// Text cleaned at render time (lib/site/description.ts, lib/site/text-cleaning.ts) on real seed episodes:
// promotions only in the "From the host" box, every URL once, runs of URLs as lists, links named by
// their words, books apart from support, and a meta line of known values only. Expected values come from
// reading the episodes' descriptions in data/sources/*.txt, data/episode-facts.json and the e2e feed.
import { expect, test, type Page } from "@playwright/test";
import { seedEpisodePath } from "./support/catalog";

const about = (page: Page) => page.getByRole("region", { name: "About this episode" });
const fromTheHost = (page: Page) => page.getByRole("complementary", { name: "From the host" });

/** The external links the description, the "From the host" box and the links section show. */
async function listedHrefs(page: Page): Promise<string[]> {
  return page
    .locator(
      [
        "section[aria-labelledby='about-heading'] a[href^='http']",
        "aside[aria-label='From the host'] a[href^='http']",
        "section[aria-labelledby='links-heading'] a[href^='http']",
      ].join(", "),
    )
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
}

test("a course promotion glued to the text is only in the From the host box", async ({ page }) => {
  // "Fundamentals of Operating Systems Course https://oscourse.win ktls is brilliant. …"
  await page.goto(seedEpisodePath("kernel-level-tls"));
  await expect(about(page)).toContainText(
    "ktls is brilliant. TLS encryption/decryption often happens in userland.",
  );
  await expect(about(page)).not.toContainText("Fundamentals of Operating Systems Course");
  await expect(about(page).locator("a[href='https://oscourse.win']")).toHaveCount(0);
  const host = fromTheHost(page);
  await expect(host.getByRole("heading", { name: "Courses by the host" })).toBeVisible();
  await expect(host.getByRole("link", { name: "Fundamentals of Operating Systems Course" })).toHaveAttribute(
    "href",
    "https://oscourse.win",
  );
  // The reference on its own line stays in the text.
  await expect(
    about(page).getByRole("link", { name: "docs.kernel.org/networking/tls-offload.html" }),
  ).toHaveAttribute("href", "https://docs.kernel.org/networking/tls-offload.html");
});

test("a promotion sharing a line with an article leaves the article in the text", async ({ page }) => {
  await page.goto(seedEpisodePath("prime-video-swaps-microservices-for-monolith-90-cost-reduction"));
  await expect(about(page).locator("a[href^='https://www.primevideotech.com/']")).toHaveCount(1);
  await expect(fromTheHost(page).locator("a[href^='https://www.primevideotech.com/']")).toHaveCount(0);
  await expect(fromTheHost(page).getByRole("link")).toHaveAttribute(
    "href",
    "https://backend.husseinnasser.com",
  );
});

test("a run of URLs becomes a list under its heading", async ({ page }) => {
  await page.goto(seedEpisodePath("graceful-shutdown-in-http"));
  const items = about(page).getByRole("list").getByRole("listitem");
  await expect(items).toHaveCount(4);
  expect(
    await items.getByRole("link").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href"))),
  ).toEqual([
    "https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s",
    "https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76",
    "https://issues.chromium.org/issues/40555364",
    "https://issues.chromium.org/issues/40501721",
  ]);
});

for (const slug of [
  "graceful-shutdown-in-http",
  "cloudflares-150ms-global-cache-purge-deep-dive",
  "google-patches-linux-kernel-with-40-tcp-performance",
  "kernel-level-tls",
  "mysql-is-having-a-bumpy-journey",
]) {
  test(`no URL is listed twice on the page of ${slug}`, async ({ page }) => {
    await page.goto(seedEpisodePath(slug));
    const hrefs = await listedHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href, index) => hrefs.indexOf(href) !== index)).toEqual([]);
  });
}

test("a link is named by the words that introduce it", async ({ page }) => {
  // "Article here How Discord Stores Trillions of Messages" over the URL.
  await page.goto(seedEpisodePath("how-discord-stores-trillions-of-messages-a-deep-dive"));
  await expect(
    about(page).getByRole("link", { name: "How Discord Stores Trillions of Messages", exact: true }),
  ).toHaveAttribute("href", "https://discord.com/blog/how-discord-stores-trillions-of-messages");
  await expect(page.getByRole("link", { name: /Article here/ })).toHaveCount(0);
  // "RCA here" over the URL.
  await page.goto(seedEpisodePath("amazon-us-east-1-outage-in-details"));
  await expect(about(page).getByRole("link", { name: "RCA", exact: true })).toHaveAttribute(
    "href",
    "https://aws.amazon.com/message/101925/",
  );
});

test("the host's book is sold under books, not support", async ({ page }) => {
  await page.goto(seedEpisodePath("my-new-book-root-cause-stories-from-two-decades-of-backend-bugs"));
  const host = fromTheHost(page);
  await expect(host.getByRole("heading", { name: "Books and merch" })).toBeVisible();
  await expect(host.getByRole("link", { name: "paperback" })).toHaveAttribute(
    "href",
    "https://amzn.to/4cKfZhe",
  );
  await expect(host.getByRole("link", { name: "ebook" })).toHaveAttribute("href", "https://amzn.to/4cfQjJj");
  await expect(page.getByRole("heading", { name: "Support the show" })).toHaveCount(0);
  await expect(about(page).locator("a[href^='https://amzn.to/']")).toHaveCount(0);
  await expect(about(page)).toContainText("until the root cause is revealed.");
  await expect(about(page)).not.toContainText("Grab your copy");
});

test("the meta line gives lengths as a listener reads them and no provenance", async ({ page }) => {
  // 1375 s in the e2e feed: 22.9 minutes.
  await page.goto(seedEpisodePath("kernel-level-tls"));
  await expect(page.locator("[data-duration]")).toHaveText("23 min");
  // 4140 s, known to the minute (data/episode-facts.json).
  await page.goto(seedEpisodePath("how-discord-stores-trillions-of-messages-a-deep-dive"));
  await expect(page.locator("[data-duration]")).toHaveText("1 h 9 min");
  await expect(page.getByText("≈")).toHaveCount(0);
  // A title from data/episode-facts.json, and an episode whose sources give no date and no length.
  await page.goto(seedEpisodePath("my-new-book-root-cause-stories-from-two-decades-of-backend-bugs"));
  await expect(page.getByText(/podcast directories|Title taken from/)).toHaveCount(0);
  await page.goto(seedEpisodePath("mysql-is-having-a-bumpy-journey"));
  await expect(page.locator("[data-duration]")).toHaveCount(0);
  await expect(page.locator("[data-episode-meta] time")).toHaveCount(0);
  await expect(page.locator("[data-episode-meta]")).not.toContainText(/unknown|·\s*·/i);
});
