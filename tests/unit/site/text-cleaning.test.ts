// The render-time cleaning rules, one by one, on words taken from the seed catalog's descriptions.
import { describe, expect, it } from "vitest";
import { canLabel, linkRole, mentionsCourses, sentenceTail } from "@/lib/catalog/promotions";
import { cleanLabel, headingText, isDecoration, isLinkHeading } from "@/lib/site/text-cleaning";

describe("linkRole", () => {
  it("tells a shop (the host's book) from support (donations, memberships)", () => {
    // The show's rules store its Amazon short links as "support"; for a listener they sell a book.
    expect(linkRole({ url: "https://amzn.to/4cKfZhe", kind: "support" }, "paperback")).toBe("shop");
    expect(linkRole({ url: "https://www.amazon.co.uk/dp/B0X", kind: "support" })).toBe("shop");
    expect(linkRole({ url: "https://www.buymeacoffee.com/hnasr", kind: "support" })).toBe("support");
    expect(linkRole({ url: "https://www.patreon.com/someone", kind: "support" }, "my new book")).toBe(
      "support",
    );
    // A support link elsewhere: its words decide.
    expect(linkRole({ url: "https://example.com/x", kind: "support" }, "Get the ebook")).toBe("shop");
    expect(linkRole({ url: "https://example.com/x", kind: "support" }, "Buy me a coffee")).toBe("support");
  });

  it("makes a paywalled episode a membership, never a reference's title a shop", () => {
    expect(
      linkRole(
        { url: "https://spotifyanchor-web.app.link/e/cTSGkq5XuAb", kind: "reference" },
        "Watch full episode (subscribers only)",
      ),
    ).toBe("support");
    expect(
      linkRole(
        { url: "https://discord.com/blog/how-discord-stores-trillions-of-messages", kind: "reference" },
        "How Discord Stores Trillions of Messages",
      ),
    ).toBe("reference");
    // aws.amazon.com is not a shop.
    expect(linkRole({ url: "https://aws.amazon.com/message/101925/", kind: "reference" }, "RCA here")).toBe(
      "reference",
    );
  });

  it("keeps the other kinds", () => {
    expect(linkRole({ url: "https://oscourse.win", kind: "course" })).toBe("course");
    expect(linkRole({ url: "https://www.youtube.com/watch?v=3JdQOExKtUY", kind: "youtube" })).toBe("video");
    expect(linkRole({ url: "https://twitter.com/hnasr", kind: "social" })).toBe("social");
  });
});

describe("cleanLabel", () => {
  it("keeps the name a label gives and drops the words that only point", () => {
    expect(cleanLabel("Article here How Discord Stores Trillions of Messages")).toEqual({
      text: "How Discord Stores Trillions of Messages",
      generic: false,
    });
    expect(cleanLabel("RCA here")).toEqual({ text: "RCA", generic: false });
    expect(cleanLabel("Cloudflare blog")).toEqual({ text: "Cloudflare blog", generic: false });
    expect(cleanLabel("Medium article")).toEqual({ text: "Medium article", generic: false });
    expect(cleanLabel("Mike's blog")).toEqual({ text: "Mike's blog", generic: false });
  });

  it("marks a label that names nothing", () => {
    expect(cleanLabel("Read full article")).toEqual({ text: "Read full article", generic: true });
    expect(cleanLabel("Blog")).toEqual({ text: "Blog", generic: true });
    expect(cleanLabel("article")).toEqual({ text: "Article", generic: true });
    expect(cleanLabel("  ")).toBeNull();
    expect(cleanLabel(null)).toBeNull();
  });

  it("strips pointing words only before a name", () => {
    expect(cleanLabel("Blog post about caching")).toEqual({
      text: "Blog post about caching",
      generic: false,
    });
  });
});

describe("canLabel", () => {
  it("accepts a short phrase that names a link", () => {
    expect(canLabel("RCA here")).toBe(true);
    expect(canLabel("How Discord Stores Trillions of Messages | Deep Dive")).toBe(true);
    expect(
      canLabel("Percentile Tail Latency Explained (95%, 99%) Monitor Backend performance with this metric"),
    ).toBe(true);
  });

  it("refuses sentences and paragraphs", () => {
    expect(canLabel("We discuss this in this video/podcast")).toBe(false);
    expect(canLabel("This kernel patch enables zero copy from the receive queue.")).toBe(false);
    expect(
      canLabel(
        "On October 19 2025 AWS experienced an outage that lasted over a day, 10 days later we finally got the root cause analysis",
      ),
    ).toBe(false);
    expect(canLabel("")).toBe(false);
  });
});

describe("sentenceTail", () => {
  it("finds the clause that leads to a URL", () => {
    expect(
      sentenceTail(
        "I talk about default values and how PostgreSQL 14 got slower when a default parameter has changed. Mike's blog ",
      ),
    ).toEqual({
      head: "I talk about default values and how PostgreSQL 14 got slower when a default parameter has changed. ",
      tail: "Mike's blog",
    });
    expect(sentenceTail("Fundamentals of Operating Systems Course ")).toEqual({
      head: "",
      tail: "Fundamentals of Operating Systems Course",
    });
  });

  it("gives no clause when a sentence ends right before the URL", () => {
    expect(sentenceTail("I explore it here. ")).toEqual({ head: "I explore it here. ", tail: "" });
    // A decimal point is not a sentence end.
    expect(sentenceTail("they went from 1.5 second purge")).toEqual({
      head: "",
      tail: "they went from 1.5 second purge",
    });
  });
});

describe("lines", () => {
  it("knows decoration, headings over links and course mentions", () => {
    expect(isDecoration("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@")).toBe(true);
    expect(isDecoration("@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @")).toBe(false);
    expect(isDecoration("- ")).toBe(false);
    expect(isLinkHeading("Links")).toBe(true);
    expect(isLinkHeading("resources")).toBe(true);
    expect(isLinkHeading("Mentioned Videos")).toBe(true);
    expect(isLinkHeading("Cloudflare blog")).toBe(false);
    expect(headingText("resources")).toBe("Resources");
    expect(mentionsCourses("Learn more about database and OS internals, check out my courses")).toBe(true);
    expect(mentionsCourses("This new PostgreSQL 17 feature is game changer.")).toBe(false);
  });
});
