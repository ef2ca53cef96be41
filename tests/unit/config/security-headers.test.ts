// The headers next.config.ts sends with every response: HSTS only for an https site, the rest always.
import { describe, expect, it } from "vitest";
import nextConfig, { securityHeaders } from "@/next.config";

const byName = (headers: { key: string; value: string }[]) =>
  Object.fromEntries(headers.map((header) => [header.key, header.value]));

describe("securityHeaders", () => {
  it("adds Strict-Transport-Security only when the site is served over https", () => {
    expect(byName(securityHeaders("https://episodes.example.com"))["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(byName(securityHeaders("http://localhost:3000"))).not.toHaveProperty("Strict-Transport-Security");
  });

  it("applies to every route", async () => {
    const rules = await nextConfig.headers!();
    expect(rules[0]).toEqual({ source: "/:path*", headers: securityHeaders() });
  });

  it("lets shared caches keep pages, feeds and images, but leaves the API and Next's assets alone", async () => {
    const rules = await nextConfig.headers!();
    const cacheRules = rules.filter((rule) => rule.headers.some((header) => header.key === "Cache-Control"));
    expect(cacheRules).toHaveLength(1);
    expect(byName(cacheRules[0]!.headers)["Cache-Control"]).toMatch(
      /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
    // The source is a path-to-regexp pattern whose only group is a plain regular expression.
    const pattern = new RegExp(`^${cacheRules[0]!.source}$`);
    for (const path of ["/", "/shows/x/y", "/search/_view/q%3Dtlb", "/shows/x/feed.xml", "/sitemap.xml"]) {
      expect(pattern.test(path), path).toBe(true);
    }
    for (const path of ["/api/search", "/api/shows/x", "/_next/static/chunks/a.js"]) {
      expect(pattern.test(path), path).toBe(false);
    }
  });

  it("keeps eval out of the production policy", () => {
    const csp = byName(securityHeaders("https://episodes.example.com"))["Content-Security-Policy"]!;
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/www\.youtube\.com(;|$)/);
    expect(csp).not.toContain("'unsafe-eval'");
  });
});
