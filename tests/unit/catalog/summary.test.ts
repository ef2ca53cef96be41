import { describe, expect, it } from "vitest";
import { summarize } from "@/lib/catalog/summary";

// The show's own description, as the seed sources give it.
const showDescription =
  "Welcome to the Backend Engineering Show podcast with your host Hussein Nasser. If you like software engineering you’ve come to the right place. I discuss all sorts of software engineering technologies and news with specific focus on the backend. All opinions are my own. Most of my content in the podcast is an audio version of videos I post on my youtube channel here http://www.youtube.com/c/HusseinNasser-software-engineering Buy me a coffee https://www.buymeacoffee.com/hnasr";

describe("summarize", () => {
  it("keeps whole leading sentences within the limit", () => {
    expect(summarize(showDescription, 200)).toBe(
      "Welcome to the Backend Engineering Show podcast with your host Hussein Nasser. If you like software engineering you’ve come to the right place.",
    );
  });

  it("never shows a raw URL, with or without a scheme", () => {
    const summary = summarize(showDescription, 10_000);
    expect(summary).not.toMatch(/https?:|www\./);
    expect(summary).toContain("Buy me a coffee");
    expect(summarize("Read this https://x.com/a now. Second sentence.")).toBe(
      "Read this now. Second sentence.",
    );
    expect(summarize("Slides at www.example.com/slides and more.")).toBe("Slides at and more.");
  });

  it("joins lines and spaces", () => {
    expect(summarize("Line one\n\nline   two")).toBe("Line one line two");
  });

  it("does not end a sentence inside a word or a number", () => {
    expect(summarize("Node.js 22 ships a test runner. It also brings require of ES modules.", 40)).toBe(
      "Node.js 22 ships a test runner.",
    );
  });

  it("ends sentences at ! and ? too", () => {
    expect(summarize("Is Postgres fast? It is! And it keeps getting faster every single year.", 30)).toBe(
      "Is Postgres fast? It is!",
    );
  });

  it("cuts at a word when whole sentences would fill less than half", () => {
    expect(summarize("Hi. This second sentence goes on and on well past the limit of the summary.", 40)).toBe(
      "Hi. This second sentence goes on and on…",
    );
    expect(summarize("one two three four five six", 12)).toBe("one two…");
    expect(summarize("alpha beta, gamma delta", 12)).toBe("alpha beta…");
  });

  it("is null when no text is left", () => {
    expect(summarize("")).toBeNull();
    expect(summarize("   https://only.a.link  ")).toBeNull();
    expect(summarize("Just a tagline")).toBe("Just a tagline");
  });
});
