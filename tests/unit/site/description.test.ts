import { describe, expect, it } from "vitest";
import { displayUrl, renderDescription } from "@/lib/site/description";

/** Nothing stored: every URL is classified by the rules true of any show. */
const unknown = { links: [], promotions: [] };

describe("renderDescription", () => {
  it("makes paragraphs, bullet and numbered lists, and clickable links", () => {
    const { body, promos } = renderDescription(
      "First line with https://example.com/a.\n- one\n- two\n1) first\n2) second\nLast www.kylehailey.com/post/x",
      {
        links: [
          { url: "https://example.com/a", kind: "reference" },
          { url: "https://www.kylehailey.com/post/x", kind: "reference" },
        ],
        promotions: [],
      },
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
    // The links as the import stores them: oscourse.win is one of the host's course sites and amzn.to
    // sells his book (data/shows/the-backend-engineering-show.json).
    const { body, promos } = renderDescription(
      "Fundamentals of Operating Systems Course\nhttps://oscourse.win\nVery clever! We often call read.\nGrab your copy here https://amzn.to/4cKfZhe",
      {
        links: [
          { url: "https://oscourse.win", kind: "course" },
          { url: "https://amzn.to/4cKfZhe", kind: "support" },
        ],
        promotions: ["Fundamentals of Operating Systems Course"],
      },
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

  it("takes a URL's kind from the stored links, and the rules of any show for one not stored", () => {
    const text = "Get my course https://backend.win\nSupport me https://www.patreon.com/x";
    const stored = renderDescription(text, {
      links: [{ url: "https://backend.win/", kind: "course" }],
      promotions: [],
    });
    expect(stored.body).toEqual([]);
    expect(stored.promos.map((block) => block.type === "paragraph" && block.spans.at(-1))).toEqual([
      { type: "link", href: "https://backend.win", text: "backend.win", kind: "course" },
      { type: "link", href: "https://www.patreon.com/x", text: "patreon.com/x", kind: "support" },
    ]);
    // Not stored: backend.win is the host's own site, which only his rules know.
    const plain = renderDescription(text, unknown);
    expect(plain.body).toEqual([
      {
        type: "paragraph",
        spans: [
          { type: "text", text: "Get my course " },
          { type: "link", href: "https://backend.win", text: "backend.win", kind: "reference" },
        ],
      },
    ]);
  });

  it("sets a line in the show's promotion wording apart, even where its link is missing", () => {
    const text =
      "Fundamentals of Operating Systems Course\nThis video is an overview of how the kernel manages sockets.";
    const { body, promos } = renderDescription(text, {
      links: [],
      promotions: ["Fundamentals of Operating Systems Course", "Backend Troubleshooting Course"],
    });
    expect(promos).toEqual([
      { type: "paragraph", spans: [{ type: "text", text: "Fundamentals of Operating Systems Course" }] },
    ]);
    expect(body).toEqual([
      {
        type: "paragraph",
        spans: [{ type: "text", text: "This video is an overview of how the kernel manages sockets." }],
      },
    ]);
    expect(renderDescription(text, unknown).body).toHaveLength(2);
  });

  it("never turns non-http text into links", () => {
    const { body } = renderDescription(
      'javascript:alert(1) <img src=x onerror="alert(1)"> data:text/html,hi',
      unknown,
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
});
