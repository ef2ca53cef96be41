import { describe, expect, it } from "vitest";
import { formatDate, isoDate } from "@/lib/site/format";

describe("formatDate", () => {
  it("reads the calendar day in UTC", () => {
    const day = new Date("2026-04-15T00:00:00Z");
    expect(formatDate(day)).toBe("Apr 15, 2026");
    expect(isoDate(day)).toBe("2026-04-15");
  });
});
