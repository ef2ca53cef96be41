// Shared end-to-end helpers: an axe-core WCAG 2.1 A/AA check with a readable failure message, and
// a way to open pages in a given theme (saved choice and system preference both set).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
    )
    .join("\n");
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : "";
  return `[${violation.impact ?? "?"}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
}

/** Runs axe on the current page (WCAG 2.0/2.1 A and AA rules) and fails listing every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map(describeViolation).join("\n\n");
  expect(results.violations, `axe found violations on ${page.url()}:\n\n${report}`).toEqual([]);
}

/**
 * Opens later pages in `theme`: saves it as the visitor's choice (the layout's inline script applies
 * localStorage "theme" before paint) and emulates the matching system preference. Call before goto.
 */
export async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => {
    try {
      window.localStorage.setItem("theme", value);
    } catch {
      // Storage blocked (opaque origin such as about:blank): the emulated preference still applies.
    }
  }, theme);
}
