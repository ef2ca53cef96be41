import { describe, expect, it } from "vitest";
import { showLinkLabel, summarizeDescription } from "@/lib/site/show-summary";

describe("summarizeDescription", () => {
  const description =
    "Welcome to the Backend Engineering Show podcast with your host Hussein Nasser. If you like software engineering you’ve come to the right place. I discuss all sorts of software engineering technologies and news with specific focus on the backend. All opinions are my own. Most of my content in the podcast is an audio version of videos I post on my youtube channel here http://www.youtube.com/c/HusseinNasser-software-engineering Buy me a coffee https://www.buymeacoffee.com/hnasr";

  it("keeps whole leading sentences within the limit", () => {
    expect(summarizeDescription(description, 200)).toBe(
      "Welcome to the Backend Engineering Show podcast with your host Hussein Nasser. If you like software engineering you’ve come to the right place.",
    );
  });

  it("never shows a raw URL", () => {
    const summary = summarizeDescription(description, 10_000);
    expect(summary).not.toMatch(/https?:|www\./);
    expect(summary).toContain("Buy me a coffee");
  });

  it("cuts a single over-long sentence at a word", () => {
    expect(summarizeDescription("one two three four five six", 12)).toBe("one two…");
  });

  it("handles text without sentence punctuation and empty text", () => {
    expect(summarizeDescription("Just a tagline")).toBe("Just a tagline");
    expect(summarizeDescription("   https://only.a.link  ")).toBe("");
  });
});

describe("showLinkLabel", () => {
  it("names links by what they are", () => {
    expect(showLinkLabel({ url: "http://www.youtube.com/c/x", kind: "social" })).toBe("YouTube channel");
    expect(showLinkLabel({ url: "https://www.buymeacoffee.com/hnasr", kind: "support" })).toBe(
      "Support the show",
    );
    expect(showLinkLabel({ url: "https://husseinnasser.com/courses", kind: "course" })).toBe("Courses");
    expect(showLinkLabel({ url: "https://www.example.org/page", kind: "reference" })).toBe("example.org");
  });
});
