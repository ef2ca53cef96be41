import { describe, expect, it } from "vitest";
import { showLinkLabel } from "@/lib/site/show-links";

describe("showLinkLabel", () => {
  it("names links by what they are", () => {
    expect(showLinkLabel({ url: "http://www.youtube.com/c/x", kind: "social" })).toBe("YouTube channel");
    expect(showLinkLabel({ url: "https://m.youtube.com/@hnasr", kind: "social" })).toBe("YouTube channel");
    expect(showLinkLabel({ url: "https://www.buymeacoffee.com/hnasr", kind: "support" })).toBe(
      "Support the show",
    );
    expect(showLinkLabel({ url: "https://husseinnasser.com/courses", kind: "course" })).toBe("Courses");
    expect(showLinkLabel({ url: "https://www.example.org/page", kind: "reference" })).toBe("example.org");
    expect(showLinkLabel({ url: "not a url", kind: "reference" })).toBe("Link");
  });
});
