import { describe, expect, it } from "vitest";
import {
  chaptersPath,
  coverPath,
  episodePath,
  homePath,
  legacyEpisodesPath,
  searchPath,
  showFeedPath,
  showPath,
  showsPath,
  topicPath,
  topicsPath,
} from "@/lib/site/routes";

const show = "the-backend-engineering-show";

describe("episodePath", () => {
  it("is the episode page's path under its show", () => {
    expect(episodePath(show, "kernel-level-tls")).toBe(
      "/shows/the-backend-engineering-show/kernel-level-tls",
    );
  });

  it("opens at a second with ?t=, whole and never negative", () => {
    expect(episodePath(show, "kernel-level-tls", 754)).toBe(`/shows/${show}/kernel-level-tls?t=754`);
    expect(episodePath(show, "kernel-level-tls", 0)).toBe(`/shows/${show}/kernel-level-tls?t=0`);
    expect(episodePath(show, "kernel-level-tls", 95.8)).toBe(`/shows/${show}/kernel-level-tls?t=95`);
    expect(episodePath(show, "kernel-level-tls", -3)).toBe(`/shows/${show}/kernel-level-tls?t=0`);
  });

  it("encodes a show or slug that is not URL-safe as one path segment each", () => {
    expect(episodePath(show, "c++ & rust?")).toBe(`/shows/${show}/c%2B%2B%20%26%20rust%3F`);
    expect(episodePath("a/b", "a/b#c")).toBe("/shows/a%2Fb/a%2Fb%23c");
    expect(episodePath(show, "café", 60)).toBe(`/shows/${show}/caf%C3%A9?t=60`);
  });
});

describe("show paths", () => {
  it("name a show's page, feed and cover, and an episode's chapters file", () => {
    expect(showPath("network-stack-radio")).toBe("/shows/network-stack-radio");
    expect(showFeedPath("network-stack-radio")).toBe("/shows/network-stack-radio/feed.xml");
    expect(coverPath("network-stack-radio")).toBe("/shows/network-stack-radio/cover.png");
    expect(chaptersPath(show, "page-tables")).toBe(`/shows/${show}/page-tables/chapters.json`);
  });
});

describe("topicPath", () => {
  it("is the topic page's path, encoded", () => {
    expect(topicPath("databases")).toBe("/topics/databases");
    expect(topicPath("i/o & disks")).toBe("/topics/i%2Fo%20%26%20disks");
  });
});

describe("fixed paths", () => {
  it("name the home page, the shows, the old episode list, the topic index and search", () => {
    expect(homePath).toBe("/");
    expect(showsPath).toBe("/shows");
    expect(legacyEpisodesPath).toBe("/episodes");
    expect(topicsPath).toBe("/topics");
    expect(searchPath).toBe("/search");
  });
});
