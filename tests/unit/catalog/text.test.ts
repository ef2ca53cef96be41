import { describe, expect, it } from "vitest";
import { normalizeForCompare } from "@/lib/catalog/text";

describe("normalizeForCompare", () => {
  it("drops case, punctuation and spacing, keeping letters and digits of any script", () => {
    expect(normalizeForCompare("Cloudflare’s 150ms global cache purge | Deep Dive")).toBe(
      "cloudflare s 150ms global cache purge deep dive",
    );
    expect(normalizeForCompare("  HTTP/2 — vs.   HTTP/3!  ")).toBe("http 2 vs http 3");
    expect(normalizeForCompare("Ｐｏｓｔｇｒｅｓ 18")).toBe("postgres 18");
    expect(normalizeForCompare("Kernel level TLS")).toBe(normalizeForCompare("kernel-level tls."));
  });
});
