// The empty state cannot be reached with the seed catalog (every filter combination matches an
// episode), so it is rendered here; the list itself is covered end to end in tests/e2e/home.spec.ts.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EpisodeList } from "@/components/episode/episode-list";

describe("EpisodeList empty state", () => {
  it("offers to clear filters when filters match nothing", () => {
    const html = renderToStaticMarkup(
      createElement(EpisodeList, { episodes: [], filtered: true, clearHref: "/shows/a-show#episodes" }),
    );
    expect(html).toContain("No episodes match these filters");
    expect(html).toMatch(/<a[^>]*href="\/shows\/a-show#episodes"[^>]*>Clear filters<\/a>/);
  });

  it("says the catalog is empty when nothing is filtered", () => {
    const html = renderToStaticMarkup(createElement(EpisodeList, { episodes: [], filtered: false }));
    expect(html).toContain("The catalog has no episodes yet");
    expect(html).not.toContain("Clear filters");
  });
});
