import { describe, expect, it } from "vitest";
import { displayHost, formatDate, isoDate, isoDuration } from "@/lib/site/format";

describe("formatDate", () => {
  it("reads the calendar day in UTC", () => {
    const day = new Date("2026-04-15T00:00:00Z");
    expect(formatDate(day)).toBe("Apr 15, 2026");
    expect(isoDate(day)).toBe("2026-04-15");
  });
});

describe("isoDuration", () => {
  it("writes ISO 8601 durations without empty parts", () => {
    expect(isoDuration(2799)).toBe("PT46M39S");
    expect(isoDuration(2472)).toBe("PT41M12S");
    expect(isoDuration(3741)).toBe("PT1H2M21S");
    expect(isoDuration(3600)).toBe("PT1H");
    expect(isoDuration(1740)).toBe("PT29M");
    expect(isoDuration(7)).toBe("PT7S");
    expect(isoDuration(0)).toBe("PT0S");
    expect(isoDuration(-5)).toBe("PT0S");
  });
});

describe("displayHost", () => {
  it("names a link by its host, without www.", () => {
    expect(displayHost("https://www.example.org/page")).toBe("example.org");
    expect(displayHost("http://docs.kernel.org/networking/tls-offload.html")).toBe("docs.kernel.org");
    expect(displayHost("not a url")).toBeNull();
  });
});
