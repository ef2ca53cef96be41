// parseBody with and without the show's own rules: the host's promotion wording and course sites are
// data (data/shows/), so the same line reads differently without them.
import { describe, expect, it } from "vitest";
import { NO_SHOW_RULES } from "@/lib/catalog/links";
import { parseBody } from "@/lib/ingest/text/body";
import { seedShow } from "@/tests/fixtures/seed-show";

const lines = [
  { text: "0:00 Intro Backend Troubleshooting Course https://performance.husseinnasser.com", number: 7 },
  { text: "2:00 The end", number: 8 },
];

describe("parseBody", () => {
  it("keeps the host's promotion out of a chapter title and labels its link with it", () => {
    const body = parseBody(lines, "000.txt", null, seedShow);
    expect(body.chapters).toEqual([
      { start: 0, title: "Intro", subpoints: [] },
      { start: 120, title: "The end", subpoints: [] },
    ]);
    expect(body.description).toBe("Backend Troubleshooting Course\nhttps://performance.husseinnasser.com");
    expect(body.links).toEqual([
      {
        url: "https://performance.husseinnasser.com",
        kind: "course",
        label: "Backend Troubleshooting Course",
      },
    ]);
    expect(body.issues).toEqual([]);
  });

  it("reads the same words as the chapter's title without the show's rules", () => {
    const body = parseBody(lines, "000.txt", null, NO_SHOW_RULES);
    expect(body.chapters[0]).toEqual({
      start: 0,
      title: "Intro Backend Troubleshooting Course",
      subpoints: [],
    });
    expect(body.description).toBe("https://performance.husseinnasser.com");
    expect(body.links).toEqual([
      { url: "https://performance.husseinnasser.com", kind: "reference", label: null },
    ]);
  });

  it("leaves out a line repeating the title, and puts URLs back as the source wrote them", () => {
    const body = parseBody(
      [
        { text: "Kernel-level TLS!", number: 2 },
        { text: "Docs: docs.kernel.org/networking/tls-offload.html and more.", number: 3 },
      ],
      "000.txt",
      "Kernel level TLS",
      seedShow,
    );
    expect(body.description).toBe("Docs: docs.kernel.org/networking/tls-offload.html and more.");
    expect(body.links).toEqual([
      { url: "https://docs.kernel.org/networking/tls-offload.html", kind: "reference", label: "Docs" },
    ]);
    expect(body.issues).toEqual([
      {
        file: "000.txt",
        line: 2,
        severity: "info",
        code: "repeated-title",
        message: "line repeats the episode title; left out",
      },
    ]);
  });
});
