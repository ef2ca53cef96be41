import { describe, expect, it } from "vitest";
import { choiceParam, pageParam, slugParam, textParam } from "@/lib/site/url-params";

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("url-params", () => {
  it("reads a repeated key by its last value, and only text", () => {
    expect(textParam(["kernel", "tlb"])).toBe("tlb");
    expect(textParam("tlb")).toBe("tlb");
    expect(textParam(undefined)).toBeNull();
    expect(textParam([])).toBeNull();
    expect(textParam(7)).toBeNull();
  });

  it("keeps a slug within its length, else null", () => {
    expect(slugParam("linux-kernel", 12, slug)).toBe("linux-kernel");
    expect(slugParam("linux-kernel", 11, slug)).toBeNull();
    expect(slugParam(["Bad Slug", "http"], 64, slug)).toBe("http");
    expect(slugParam("Bad Slug", 64, slug)).toBeNull();
    expect(slugParam("", 64, slug)).toBeNull();
  });

  it("falls back to the first choice for anything not listed", () => {
    const choices = ["newest", "oldest", "longest"] as const;
    expect(choiceParam("oldest", choices)).toBe("oldest");
    expect(choiceParam(["longest", "oldest"], choices)).toBe("oldest");
    expect(choiceParam("OLDEST", choices)).toBe("newest");
    expect(choiceParam(undefined, choices)).toBe("newest");
  });

  it.each([
    ["2", 2],
    ["000003", 3],
    ["999999", 999999],
    ["0", 1],
    ["1000000", 1],
    ["2.5", 1],
    ["-3", 1],
    ["1e9", 1],
    [" 2", 1],
    [undefined, 1],
  ] as const)("reads page %j as %d", (value, page) => {
    expect(pageParam(value)).toBe(page);
  });
});
