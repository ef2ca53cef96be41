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
    expect(rules).toEqual([{ source: "/:path*", headers: securityHeaders() }]);
  });

  it("keeps eval out of the production policy", () => {
    const csp = byName(securityHeaders("https://episodes.example.com"))["Content-Security-Policy"]!;
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/www\.youtube\.com(;|$)/);
    expect(csp).not.toContain("'unsafe-eval'");
  });
});
