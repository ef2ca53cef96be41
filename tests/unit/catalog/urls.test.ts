import { describe, expect, it } from "vitest";

import { segmentUrls } from "@/lib/catalog/urls";

const urlsIn = (text: string) =>
  segmentUrls(text)
    .filter((s) => s.kind === "url")
    .map((s) => (s.kind === "url" ? s.url : ""));

describe("segmentUrls", () => {
  it("splits URLs glued to each other (000 line 6)", () => {
    expect(
      urlsIn(
        "SummaryLinkshttps://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76https://issues.chromium.org/issues/40555364https://issues.chromium.org/issues/40501721",
      ),
    ).toEqual([
      "https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s",
      "https://chromium.googlesource.com/chromium/src/net/%2B/master/socket/client_socket_pool_manager.cc#76",
      "https://issues.chromium.org/issues/40555364",
      "https://issues.chromium.org/issues/40501721",
    ]);
  });

  it("separates link labels glued before and after short links (003 line 6)", () => {
    const segments = segmentUrls(
      "Grab your copy here paperback or kindle ebookpaperbackhttps://amzn.to/4cKfZheebookhttps://amzn.to/4cfQjJj",
    );
    expect(
      urlsIn(
        "Grab your copy here paperback or kindle ebookpaperbackhttps://amzn.to/4cKfZheebookhttps://amzn.to/4cfQjJj",
      ),
    ).toEqual(["https://amzn.to/4cKfZhe", "https://amzn.to/4cfQjJj"]);
    expect(segments.map((s) => s.text).join("|")).toBe(
      "Grab your copy here paperback or kindle ebook paperback|https://amzn.to/4cKfZhe|ebook|https://amzn.to/4cfQjJj",
    );
  });

  it("cuts a host that runs into the next word (000 line 10)", () => {
    const segments = segmentUrls(
      "Fundamentals of Operating Systems Course https://oscourse.winktls is brilliant.",
    );
    expect(segments.map((s) => s.text)).toEqual([
      "Fundamentals of Operating Systems Course ",
      "https://oscourse.win",
      "ktls is brilliant.",
    ]);
  });

  it("keeps bare domains and gives them a scheme", () => {
    expect(segmentUrls("Buy me a coffee www.buymeacoffee.com/hnasr")).toEqual([
      { kind: "text", text: "Buy me a coffee " },
      { kind: "url", text: "www.buymeacoffee.com/hnasr", url: "https://www.buymeacoffee.com/hnasr" },
    ]);
    expect(
      urlsIn("article medium.com/pinterest-engineering/pinterest-is-now-on-http-3-608fb5581094"),
    ).toEqual(["https://medium.com/pinterest-engineering/pinterest-is-now-on-http-3-608fb5581094"]);
    expect(urlsIn("husseinnasser.com/courses")).toEqual(["https://husseinnasser.com/courses"]);
  });

  it("strips trailing punctuation but keeps balanced parentheses", () => {
    expect(urlsIn("see https://aws.amazon.com/message/101925/.")).toEqual([
      "https://aws.amazon.com/message/101925/",
    ]);
    expect(urlsIn("(https://en.wikipedia.org/wiki/Rust_(programming_language))")).toEqual([
      "https://en.wikipedia.org/wiki/Rust_(programming_language)",
    ]);
    expect(urlsIn("coffee https://www.buymeacoffee.com/hnasr🧑🏫 Courses")).toEqual([
      "https://www.buymeacoffee.com/hnasr",
    ]);
  });

  it("does not take file names, versions or abbreviations for domains", () => {
    expect(urlsIn("run main.py and README.md with Node.js 8.0.38, e.g. io_uring in Linux 6.10")).toEqual([]);
  });
});
