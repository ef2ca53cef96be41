// The 404 page: a real 404 for an unknown episode, show, topic or any address, with a search form that
// works without JavaScript, links home and to the topics, and (with JavaScript) the episodes and topics
// whose names come closest to the address asked for, from GET /api/closest. Expected suggestions come
// from reading the titles of the e2e catalog (tests/e2e/support/catalog.ts): the seed show, Kernel Notes
// and the hostile fixture, whose titles say nothing of Postgres, pages or memory.
import { expect, test, type Page } from "@playwright/test";
import { episodePath } from "@/lib/site/routes";
import { expectNoAxeViolations, setTheme } from "./support/axe";
import { otherShow, seedEpisodePath, seedShow } from "./support/catalog";
import { sharedCachePolicy } from "./support/http";

const heading = (page: Page) => page.getByRole("heading", { level: 1, name: "Page not found" });
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search episodes and chapters" });
const suggested = (page: Page) => page.getByRole("list", { name: "Episodes" }).getByRole("link");
const suggestedTopics = (page: Page) => page.getByRole("list", { name: "Topics" }).getByRole("link");
const hrefs = (page: Page) =>
  suggested(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));

test("a mistyped episode slug is a 404 that suggests the episode meant", async ({ page }) => {
  const response = await page.goto(seedEpisodePath("postgres-lokcs"));
  expect(response?.status()).toBe(404);
  await expect(heading(page)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // "All Postgres Locks Explained | A Deep Dive" has both words (lokcs: locks, two letters swapped);
  // four more titles say Postgres. At most five, the closest first.
  await expect(page.getByRole("heading", { name: "Were you looking for one of these?" })).toBeVisible();
  const first = suggested(page).first();
  await expect(first).toContainText("All Postgres Locks Explained | A Deep Dive");
  await expect(first).toHaveAttribute("href", seedEpisodePath("all-postgres-locks-explained-a-deep-dive"));
  await expect(suggested(page)).toHaveCount(5);
  for (const link of await suggested(page).all()) await expect(link).toContainText("Postgres");
  // The catalog has two shows: each suggestion names its own.
  await expect(first).toContainText(seedShow.name);

  await page.getByRole("link", { name: "Search for “postgres lokcs”" }).click();
  await expect(page).toHaveURL(/\/search\?q=postgres\+lokcs$/);

  await page.goBack();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${seedEpisodePath("all-postgres-locks-explained-a-deep-dive")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "All Postgres Locks Explained | A Deep Dive",
  );
});

test("the show the address names comes first among equal titles", async ({ page }) => {
  // Both shows have "Page Tables" (tabels: two letters swapped); "CPU and Kernel Page Faults" has page.
  const response = await page.goto(episodePath(otherShow.slug, "page-tabels"));
  expect(response?.status()).toBe(404);
  await expect(suggested(page)).toHaveCount(3);
  expect(await hrefs(page)).toEqual([
    episodePath(otherShow.slug, "page-tables"),
    seedEpisodePath("page-tables"),
    seedEpisodePath("cpu-and-kernel-page-faults"),
  ]);
  await expect(suggested(page).first()).toContainText(otherShow.name);
});

test("an unknown show and an unknown topic are 404s that suggest what is close", async ({ page }) => {
  // An unknown show: its words are what was asked for.
  const show = await page.goto("/shows/memory-fragmentaton");
  expect(show?.status()).toBe(404);
  await expect(heading(page)).toBeVisible();
  // Only "The Cost of Memory Fragmentation" says memory; the topic "Memory and OS internals" has half.
  await expect(suggested(page)).toHaveCount(1);
  expect(await hrefs(page)).toEqual([seedEpisodePath("the-cost-of-memory-fragmentation")]);
  await expect(suggestedTopics(page)).toHaveText(["Topic: Memory and OS internals"]);

  // No title says networking; the topic does.
  const topic = await page.goto("/topics/netwrking");
  expect(topic?.status()).toBe(404);
  await expect(heading(page)).toBeVisible();
  await expect(suggestedTopics(page)).toHaveText(["Topic: Networking and TCP"]);
  await expect(page.getByRole("list", { name: "Episodes" })).toHaveCount(0);
  await suggestedTopics(page).first().click();
  await expect(page).toHaveURL(/\/topics\/networking$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Networking and TCP");
});

test("an address like nothing says so, and offers the search, home and the topics", async ({ page }) => {
  const response = await page.goto("/xyzzy/plugh");
  expect(response?.status()).toBe(404);
  await expect(heading(page)).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found · /);
  await expect(page.getByTestId("closest-none")).toHaveText(
    "No episode or topic has a name close to this address. Search for “xyzzy plugh”",
  );
  await expect(page.getByRole("link", { name: "Search for “xyzzy plugh”" })).toHaveAttribute(
    "href",
    "/search?q=xyzzy+plugh",
  );
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "all episodes" })).toHaveAttribute("href", "/");
  await expect(main.getByRole("link", { name: "the topics" })).toHaveAttribute("href", "/topics");
  await main.getByRole("link", { name: "the topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
});

test("the 404 page's search box searches the catalog", async ({ page }) => {
  await page.goto("/no-such-page");
  const form = page.getByRole("search", { name: "Search the catalog" });
  await form.getByRole("searchbox", { name: "Search episodes and chapters" }).fill("tlb");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=tlb$/);
  await expect(page.getByTestId("search-count")).toHaveText("1 episode for “tlb”");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the 404 page still searches and links home and to the topics", async ({ page }) => {
    // An address outside the catalog's routes: Next serves the 404 page itself. (A 404 from inside a
    // dynamic route, /shows/<show>/<unknown>, comes as an empty shell that only JavaScript fills:
    // vercel/next.js#62228, #95613.)
    const response = await page.goto("/postgres-lokcs");
    expect(response?.status()).toBe(404);
    await expect(heading(page)).toBeVisible();
    // The suggestions need the address, which only the browser's script reads.
    await expect(page.getByRole("list", { name: "Episodes" })).toHaveCount(0);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "all episodes" })).toHaveAttribute("href", "/");
    await expect(main.getByRole("link", { name: "the topics" })).toHaveAttribute("href", "/topics");
    await searchBox(page).fill("postgres locks");
    await searchBox(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=postgres\+locks$/);
    await expect(
      page.getByRole("heading", { name: "All Postgres Locks Explained | A Deep Dive" }),
    ).toBeVisible();
  });
});

test.describe("GET /api/closest", () => {
  test("answers the closest episodes and topics to a path as JSON", async ({ request }) => {
    const response = await request.get(
      `/api/closest?${new URLSearchParams({ path: seedEpisodePath("postgres-lokcs") })}`,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toMatch(sharedCachePolicy);
    const body = await response.json();
    expect(body.query).toBe("postgres lokcs");
    expect(body.topics).toEqual([]);
    expect(body.episodes[0]).toEqual({
      show: { slug: seedShow.slug, name: seedShow.name },
      slug: "all-postgres-locks-explained-a-deep-dive",
      title: "All Postgres Locks Explained | A Deep Dive",
      url: seedEpisodePath("all-postgres-locks-explained-a-deep-dive"),
    });
  });

  test("answers nothing close, never an error, for any path", async ({ request }) => {
    for (const path of ["", "/", "/%E0%A4%A", '/"*(NEAR', "/a".repeat(3000), "/日本語/🔥"]) {
      const response = await request.get(`/api/closest?${new URLSearchParams({ path })}`);
      expect(response.status(), path).toBe(200);
      const body = await response.json();
      expect(body.episodes.length, path).toBeLessThanOrEqual(5);
    }
    const none = await (await request.get("/api/closest")).json();
    expect(none).toEqual({ query: "", episodes: [], topics: [] });
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`the 404 page with suggestions passes axe (${theme})`, async ({ page }) => {
    test.slow();
    await setTheme(page, theme);
    // Outside the dynamic routes, whose 404 shell lacks the theme script (see above).
    await page.goto("/page-tabels");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expect(suggested(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("nothing scrolls sideways on a phone @phone", async ({ page }) => {
  for (const path of [seedEpisodePath("postgres-lokcs"), "/topics/netwrking", "/xyzzy/plugh"]) {
    await page.goto(path);
    await expect(heading(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
