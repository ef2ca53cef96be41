import { describe, expect, it } from "vitest";
import { formatDuration } from "@/lib/catalog/time";

describe("formatDuration", () => {
  it("writes minutes and seconds under an hour", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(754)).toBe("12:34");
    expect(formatDuration(3599)).toBe("59:59");
  });

  it("adds hours from one hour on", () => {
    expect(formatDuration(3600)).toBe("1:00:00");
    expect(formatDuration(3723)).toBe("1:02:03");
  });
});
