import { describe, expect, it } from "vitest";
import { buildChaptersJson } from "@/lib/feeds/chapters-json";

const site = "https://episodes.example.com";

// Kernel level TLS as data/sources lists it: 0:00, 2:00, 3:00 …, 17:00 in a 22:55 episode.
const starts = [0, 120, 180, 360, 500, 615, 720, 830, 1020];

function build(
  durationSeconds: number | null,
  chapters = starts.map((s, i) => ({ startSeconds: s, title: `C${i}` })),
) {
  return buildChaptersJson({
    siteUrl: site,
    show: { slug: "the-backend-engineering-show", name: "The Backend Engineering Show" },
    slug: "kernel-level-tls",
    title: "Kernel level TLS",
    durationSeconds,
    chapters,
  });
}

describe("buildChaptersJson", () => {
  it("writes version 1.2.0 as a string with title and the show as podcastName", () => {
    const json = build(1375);
    expect(json.version).toBe("1.2.0");
    expect(typeof json.version).toBe("string");
    expect(json.title).toBe("Kernel level TLS");
    expect(json.podcastName).toBe("The Backend Engineering Show");
  });

  it("gives numeric, ascending start times and links each chapter to its page under the show at that second", () => {
    const { chapters } = build(1375);
    expect(chapters.map((c) => c.startTime)).toEqual(starts);
    for (const chapter of chapters) expect(typeof chapter.startTime).toBe("number");
    expect(chapters[4]?.url).toBe(`${site}/shows/the-backend-engineering-show/kernel-level-tls?t=500`);
    expect(chapters[0]?.url).toBe(`${site}/shows/the-backend-engineering-show/kernel-level-tls?t=0`);
  });

  it("ends each chapter where the next starts and the last one at the duration", () => {
    const { chapters } = build(1375);
    expect(chapters.map((c) => c.endTime)).toEqual([120, 180, 360, 500, 615, 720, 830, 1020, 1375]);
    for (const chapter of chapters)
      expect(chapter.endTime ?? chapter.startTime).toBeGreaterThanOrEqual(chapter.startTime);
  });

  it("leaves the last end out when the duration is unknown or not after its start", () => {
    expect(build(null).chapters.at(-1)).not.toHaveProperty("endTime");
    expect(build(1020).chapters.at(-1)).not.toHaveProperty("endTime");
    expect(build(900).chapters.at(-1)).not.toHaveProperty("endTime");
  });

  it("carries only startTime, title, url and endTime: sub-points are not chapters", () => {
    const json = buildChaptersJson({
      siteUrl: site,
      show: { slug: "network-stack-radio", name: "Network Stack Radio" },
      slug: "x",
      title: "X",
      durationSeconds: 100,
      chapters: [
        { startSeconds: 0, title: "Intro", subpoints: ["a sub-point"] } as {
          startSeconds: number;
          title: string;
        },
        { startSeconds: 30, title: "Body" },
      ],
    });
    expect(json.chapters).toHaveLength(2);
    for (const chapter of json.chapters) {
      expect(Object.keys(chapter).sort()).toEqual(["endTime", "startTime", "title", "url"]);
    }
    expect(JSON.stringify(json)).not.toContain("sub-point");
    expect(json.podcastName).toBe("Network Stack Radio");
    expect(json.chapters[1]?.url).toBe(`${site}/shows/network-stack-radio/x?t=30`);
  });

  it("sorts chapters given out of order", () => {
    const { chapters } = build(200, [
      { startSeconds: 90, title: "Later" },
      { startSeconds: 0, title: "First" },
    ]);
    expect(chapters.map((c) => [c.startTime, c.endTime, c.title])).toEqual([
      [0, 90, "First"],
      [90, 200, "Later"],
    ]);
  });
});
