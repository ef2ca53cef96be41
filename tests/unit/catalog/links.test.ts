// What a link is: the rules true of any show, and a show's own rules passed in as data.
import { describe, expect, it } from "vitest";
import { classifyLink, linkKey, NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";

const show: ShowLinkRules = {
  courseHosts: ["*.husseinnasser.com", "oscourse.win"],
  supportHosts: ["amzn.to", "amazon.com"],
  promoPhrases: [/Backend Troubleshooting Course/i],
};

describe("classifyLink with the rules of any show", () => {
  it("knows videos, channels, support and course platforms, social profiles and references", () => {
    const kind = (url: string, label: string | null = null) => classifyLink(url, label, NO_SHOW_RULES);
    expect(kind("https://www.youtube.com/watch?v=fVKPrDrEwTI&t=1s")).toBe("youtube");
    expect(kind("http://www.youtube.com/c/HusseinNasser-software-engineering")).toBe("social");
    expect(kind("https://www.buymeacoffee.com/hnasr")).toBe("support");
    expect(kind("https://www.patreon.com/someone")).toBe("support");
    expect(kind("https://paypal.me/someone")).toBe("support");
    expect(kind("https://www.udemy.com/course/x/")).toBe("course");
    expect(kind("https://example.com/courses/postgres")).toBe("course");
    expect(kind("https://example.com/x", "50% off with this coupon")).toBe("course");
    expect(kind("https://twitter.com/hnasr")).toBe("social");
    expect(kind("https://github.com/hnasr")).toBe("social");
    expect(kind("https://github.com/hnasr/javascript_playground")).toBe("reference");
    expect(kind("https://aws.amazon.com/message/101925/", "RCA here")).toBe("reference");
  });

  it("does not know the host's own sites, shops or wording", () => {
    expect(classifyLink("https://oscourse.win", null, NO_SHOW_RULES)).toBe("reference");
    expect(classifyLink("https://amzn.to/4cKfZhe", "paperback", NO_SHOW_RULES)).toBe("reference");
    expect(classifyLink("https://example.com/", "Backend Troubleshooting Course", NO_SHOW_RULES)).toBe(
      "reference",
    );
  });
});

describe("classifyLink with a show's own rules", () => {
  it("reads '*.' as a domain and its subdomains, any other host as itself alone", () => {
    expect(classifyLink("https://husseinnasser.com/courses", null, show)).toBe("course");
    expect(classifyLink("https://performance.husseinnasser.com/", null, show)).toBe("course");
    expect(classifyLink("https://www.oscourse.win", null, show)).toBe("course");
    expect(classifyLink("https://blog.oscourse.win", null, show)).toBe("reference");
    expect(classifyLink("https://www.amazon.com/dp/B0", null, show)).toBe("support");
    // amazon.com is listed, not *.amazon.com: AWS stays a reference.
    expect(classifyLink("https://aws.amazon.com/message/101925/", null, show)).toBe("reference");
  });

  it("makes a link labelled with the host's promotion wording a course", () => {
    expect(classifyLink("https://example.com/", "Backend Troubleshooting Course", show)).toBe("course");
    expect(classifyLink("https://example.com/", "Troubleshooting backends", show)).toBe("reference");
  });
});

describe("linkKey", () => {
  it("ignores the scheme, www., case of the host and a trailing slash", () => {
    expect(linkKey("http://www.YouTube.com/c/HusseinNasser-software-engineering/")).toBe(
      linkKey("https://youtube.com/c/HusseinNasser-software-engineering"),
    );
    expect(linkKey("https://example.com/a?b=1")).not.toBe(linkKey("https://example.com/a"));
  });
});
