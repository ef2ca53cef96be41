import { describe, expect, it } from "vitest";
import { displayHost, formatDate, isoDate, isoDuration, listenLength } from "@/lib/site/format";

describe("formatDate", () => {
  it("reads the calendar day in UTC", () => {
    const day = new Date("2026-04-15T00:00:00Z");
    expect(formatDate(day, "day")).toBe("Apr 15, 2026");
    expect(isoDate(day)).toBe("2026-04-15");
    expect(isoDate(day, "day")).toBe("2026-04-15");
  });

  it("says no more of a date than is known: the day, the month or the year", () => {
    expect(formatDate(new Date("2025-06-13T00:00:00Z"), "day")).toBe("Jun 13, 2025");
    // "May 2025" is stored as its first day, with month precision; "2024" as January 1st.
    const may = new Date("2025-05-01T00:00:00Z");
    expect(formatDate(may, "month")).toBe("May 2025");
    expect(formatDate(new Date("2024-01-01T00:00:00Z"), "year")).toBe("2024");
    // The first of the month at day precision is that day, not the month.
    expect(formatDate(may, "day")).toBe("May 1, 2025");
  });

  it("reads a date without a precision as a calendar day", () => {
    expect(formatDate(new Date("2025-12-15T00:00:00Z"), null)).toBe("Dec 15, 2025");
    expect(isoDate(new Date("2025-12-15T00:00:00Z"), null)).toBe("2025-12-15");
  });

  it("never moves a date across midnight, whatever the time zone", () => {
    expect(formatDate(new Date("2025-01-01T00:00:00Z"), "year")).toBe("2025");
    expect(formatDate(new Date("2025-12-01T00:00:00Z"), "month")).toBe("Dec 2025");
  });
});

describe("isoDate", () => {
  it("writes the known part of a date, a valid <time datetime> value", () => {
    expect(isoDate(new Date("2025-06-13T00:00:00Z"), "day")).toBe("2025-06-13");
    expect(isoDate(new Date("2025-05-01T00:00:00Z"), "month")).toBe("2025-05");
    expect(isoDate(new Date("2024-01-01T00:00:00Z"), "year")).toBe("2024");
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

describe("listenLength", () => {
  it("reads minutes under an hour", () => {
    expect(listenLength(2940)).toBe("49 min");
    expect(listenLength(2799)).toBe("47 min"); // 46:39 rounds up
  });
  it("reads hours and minutes, dropping zero minutes", () => {
    expect(listenLength(4140)).toBe("1 h 9 min");
    expect(listenLength(3600)).toBe("1 h");
    expect(listenLength(7290)).toBe("2 h 2 min");
  });
  it("never says 0 min", () => {
    expect(listenLength(12)).toBe("1 min");
    expect(listenLength(0)).toBe("1 min");
  });
});
