import { describe, expect, it } from "vitest";
import { movedPermanently } from "@/lib/site/redirect";

const page = "/shows/the-backend-engineering-show/kernel-level-tls";

describe("movedPermanently", () => {
  it("answers 308 with the new path as Location and as the body", async () => {
    const response = movedPermanently(page, "https://x.y/episodes/kernel-level-tls");
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(page);
    expect(await response.text()).toBe(page);
  });

  it("keeps the old query string as it was sent", () => {
    const response = movedPermanently(page, "https://x.y/episodes/kernel-level-tls?t=120&utm_source=a%20b");
    expect(response.headers.get("location")).toBe(`${page}?t=120&utm_source=a%20b`);
  });

  it("adds the old query after one the new path already has", () => {
    const response = movedPermanently(`${page}?t=5`, "https://x.y/episodes/kernel-level-tls?ref=feed");
    expect(response.headers.get("location")).toBe(`${page}?t=5&ref=feed`);
  });

  it("never carries a fragment: the browser keeps #t= itself", () => {
    const response = movedPermanently(page, "https://x.y/episodes/kernel-level-tls?t=1#t=754");
    expect(response.headers.get("location")).toBe(`${page}?t=1`);
  });

  it("sends the extra headers given, never in place of the Location", () => {
    const response = movedPermanently(page, "https://x.y/episodes/a", {
      "Access-Control-Allow-Origin": "*",
      Location: "/elsewhere",
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("location")).toBe(page);
  });
});
