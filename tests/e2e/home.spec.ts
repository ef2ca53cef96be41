import { expect, test } from "@playwright/test";

test("home page lists the catalog's episodes", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));

  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const main = page.getByRole("main");
  const items = main.getByRole("listitem");
  expect(await items.count()).toBeGreaterThanOrEqual(40);
  await expect(main.getByText("Kernel level TLS", { exact: true })).toBeVisible();

  expect(consoleErrors).toEqual([]);
});
