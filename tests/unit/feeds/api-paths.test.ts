import { describe, expect, it } from "vitest";
import { apiEpisodePath, apiShowEpisodesPath, apiShowPath, apiShowsPath } from "@/lib/feeds/api-paths";

describe("API paths", () => {
  it("puts one episode under its show", () => {
    expect(apiShowsPath).toBe("/api/shows");
    expect(apiShowPath("network-stack-radio")).toBe("/api/shows/network-stack-radio");
    expect(apiEpisodePath("the-backend-engineering-show", "page-tables")).toBe(
      "/api/shows/the-backend-engineering-show/episodes/page-tables",
    );
    expect(apiShowEpisodesPath("network-stack-radio")).toBe("/api/episodes?show=network-stack-radio");
  });

  it("encodes what a path segment cannot hold as is", () => {
    expect(apiEpisodePath("a show", "x/y?z")).toBe("/api/shows/a%20show/episodes/x%2Fy%3Fz");
  });
});
