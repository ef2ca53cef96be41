import { describe, expect, it } from "vitest";
import { displayUrl, renderDescription, summarize } from "@/lib/site/description";
import { channelSearchUrl, watchUrl } from "@/lib/site/youtube";

describe("renderDescription", () => {
  it("makes paragraphs, bullet and numbered lists, and clickable links", () => {
    const { body, promos } = renderDescription(
      "First line with https://example.com/a.\n- one\n- two\n1) first\n2) second\nLast www.kylehailey.com/post/x",
    );
    expect(promos).toEqual([]);
    expect(body).toEqual([
      {
        type: "paragraph",
        spans: [
          { type: "text", text: "First line with " },
          { type: "link", href: "https://example.com/a", text: "example.com/a", kind: "reference" },
          { type: "text", text: "." },
        ],
      },
      {
        type: "list",
        ordered: false,
        items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]],
      },
      {
        type: "list",
        ordered: true,
        items: [[{ type: "text", text: "first" }], [{ type: "text", text: "second" }]],
      },
      {
        type: "paragraph",
        spans: [
          { type: "text", text: "Last " },
          {
            type: "link",
            href: "https://www.kylehailey.com/post/x",
            text: "kylehailey.com/post/x",
            kind: "reference",
          },
        ],
      },
    ]);
  });

  it("sets course and support promotions apart, merging a label line with its URL line", () => {
    const { body, promos } = renderDescription(
      "Fundamentals of Operating Systems Course\nhttps://oscourse.win\nVery clever! We often call read.\nGrab your copy here https://amzn.to/4cKfZhe",
    );
    expect(
      body.map((block) => block.type === "paragraph" && block.spans.map((span) => span.text).join("")),
    ).toEqual(["Very clever! We often call read."]);
    expect(promos).toEqual([
      {
        type: "paragraph",
        spans: [
          { type: "text", text: "Fundamentals of Operating Systems Course" },
          { type: "text", text: " " },
          { type: "link", href: "https://oscourse.win", text: "oscourse.win", kind: "course" },
        ],
      },
      {
        type: "paragraph",
        spans: [
          { type: "text", text: "Grab your copy here " },
          { type: "link", href: "https://amzn.to/4cKfZhe", text: "amzn.to/4cKfZhe", kind: "support" },
        ],
      },
    ]);
  });

  it("never turns non-http text into links", () => {
    const { body } = renderDescription(
      'javascript:alert(1) <img src=x onerror="alert(1)"> data:text/html,hi',
    );
    const spans = body.flatMap((block) => (block.type === "paragraph" ? block.spans : []));
    expect(spans.every((span) => span.type === "text")).toBe(true);
  });
});

describe("display helpers", () => {
  it("shortens URLs for display", () => {
    expect(displayUrl("https://www.example.com/")).toBe("example.com");
    expect(
      displayUrl(
        "https://blog.cloudflare.com/pingora-open-source/?utm_campaign=cf_blog&utm_content=20240228",
        40,
      ),
    ).toBe("blog.cloudflare.com/ping…ontent=20240228");
  });
  it("summarizes without URLs", () => {
    expect(summarize("Read this https://x.com/a now. Second sentence.")).toBe(
      "Read this now. Second sentence.",
    );
    expect(summarize("")).toBeNull();
  });
  it("builds YouTube links", () => {
    expect(watchUrl("yGjGc21mmoU", 1200)).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU&t=1200s");
    expect(watchUrl("yGjGc21mmoU")).toBe("https://www.youtube.com/watch?v=yGjGc21mmoU");
    expect(
      channelSearchUrl("https://www.youtube.com/c/HusseinNasser-software-engineering", "Kernel level TLS"),
    ).toBe("https://www.youtube.com/c/HusseinNasser-software-engineering/search?query=Kernel+level+TLS");
    expect(channelSearchUrl(null, "a&b")).toBe("https://www.youtube.com/results?search_query=a%26b");
  });
});
