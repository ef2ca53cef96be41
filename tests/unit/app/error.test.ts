// The error boundaries render only when something fails, which no end-to-end test provokes on purpose:
// their markup and their retry button are checked here.
import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";

const secret = "SQLITE_CANTOPEN: unable to open /srv/catalog/data/catalog.db";

function serverError(): Error & { digest: string } {
  return Object.assign(new Error(secret), { digest: "2846371625" });
}

function props(error: unknown = serverError()) {
  return { error, retry: vi.fn(), reset: vi.fn() };
}

/** Every element in a rendered tree, depth first (the component is plain JSX, no hooks). */
function elements(node: ReactNode): ReactElement<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Record<string, unknown>>(node)) return [];
  return [node, ...elements(node.props.children as ReactNode)];
}

describe.each([
  ["app/error.tsx", ErrorPage],
  ["app/global-error.tsx", GlobalError],
])("%s", (_file, Component) => {
  it("shows a heading, a retry button and a link home, without the error's details", () => {
    const html = renderToStaticMarkup(createElement(Component, props()));
    expect(html).toMatch(/<h1[^>]*>Something went wrong<\/h1>/);
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>See all episodes<\/a>/);
    expect(html).toContain("Reference: <code>2846371625</code>");
    expect(html).not.toContain("SQLITE_CANTOPEN");
    expect(html).not.toContain("/srv/catalog");
  });

  it("leaves the reference out when the error has no digest", () => {
    for (const error of [new Error(secret), "a string", null, { digest: 42 }]) {
      const html = renderToStaticMarkup(createElement(Component, props(error)));
      expect(html).not.toContain("Reference");
      expect(html).toContain("Try again");
    }
  });
});

describe("app/global-error.tsx", () => {
  it("renders its own document, since it replaces the root layout", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, props()));
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toMatch(/<body[^>]*>.*<\/body><\/html>$/s);
  });
});

describe("Try again", () => {
  it("asks Next.js to fetch and render the page again", () => {
    const given = props();
    const button = elements(ErrorPage(given)).find((element) => element.type === "button");
    expect(button?.props.children).toBe("Try again");
    (button?.props.onClick as () => void)();
    expect(given.retry).toHaveBeenCalledOnce();
    expect(given.reset).not.toHaveBeenCalled();
  });
});
