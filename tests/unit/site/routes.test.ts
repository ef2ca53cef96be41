import { describe, expect, it } from "vitest";
import { episodePath, episodesPath, homePath, searchPath, topicPath, topicsPath } from "@/lib/site/routes";

describe("episodePath", () => {
  it("is the episode page's path", () => {
    expect(episodePath("kernel-level-tls")).toBe("/episodes/kernel-level-tls");
  });

  it("opens at a second with ?t=, whole and never negative", () => {
    expect(episodePath("kernel-level-tls", 754)).toBe("/episodes/kernel-level-tls?t=754");
    expect(episodePath("kernel-level-tls", 0)).toBe("/episodes/kernel-level-tls?t=0");
    expect(episodePath("kernel-level-tls", 95.8)).toBe("/episodes/kernel-level-tls?t=95");
    expect(episodePath("kernel-level-tls", -3)).toBe("/episodes/kernel-level-tls?t=0");
  });

  it("encodes a slug that is not URL-safe as one path segment", () => {
    expect(episodePath("c++ & rust?")).toBe("/episodes/c%2B%2B%20%26%20rust%3F");
    expect(episodePath("a/b#c")).toBe("/episodes/a%2Fb%23c");
    expect(episodePath("café", 60)).toBe("/episodes/caf%C3%A9?t=60");
  });
});

describe("topicPath", () => {
  it("is the topic page's path, encoded", () => {
    expect(topicPath("databases")).toBe("/topics/databases");
    expect(topicPath("i/o & disks")).toBe("/topics/i%2Fo%20%26%20disks");
  });
});

describe("fixed paths", () => {
  it("name the home page, the episode list, the topic index and search", () => {
    expect(homePath).toBe("/");
    expect(episodesPath).toBe("/episodes");
    expect(topicsPath).toBe("/topics");
    expect(searchPath).toBe("/search");
  });
});
