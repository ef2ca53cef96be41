import { formatDuration } from "@/lib/catalog/time";
import { describe, expect, it } from "vitest";

import { chainTimestamps, findTimestampCandidates, parseClock } from "@/lib/ingest/text/timestamps";

const secondsIn = (text: string, previous = -1) =>
  chainTimestamps(findTimestampCandidates(text), previous).map((stamp) => stamp.seconds);

describe("parseClock / formatDuration", () => {
  it("reads m:ss and h:mm:ss", () => {
    expect(parseClock("0:00")).toBe(0);
    expect(parseClock("12:34")).toBe(754);
    expect(parseClock("1:02:00")).toBe(3720);
    expect(parseClock("7:60")).toBeNull();
    expect(parseClock("abc")).toBeNull();
  });
  it("formats seconds back", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(754)).toBe("12:34");
    expect(formatDuration(3720)).toBe("1:02:00");
  });
});

describe("timestamps glued to words", () => {
  it("finds a timestamp glued to the previous word", () => {
    expect(secondsIn("8:00 MMU10:00 Page Tables")).toEqual([480, 600]);
    expect(secondsIn("what caused the DNS to fail0:00 Summary 5:30 How did")).toEqual([0, 330]);
    expect(secondsIn("So much good stuff.0:00 Intro2:00 Userspace")).toEqual([0, 120]);
  });

  it("reads 'Postgres 1820:00' as 'Postgres 18' then 20:00 because chapters increase", () => {
    const text = "17:20 The challenge of Async IO in Postgres 1820:00 io_method worker";
    const chain = chainTimestamps(findTimestampCandidates(text));
    expect(chain.map((stamp) => stamp.seconds)).toEqual([1040, 1200]);
    expect(text.slice(0, chain[1]!.start)).toBe("17:20 The challenge of Async IO in Postgres 18");
  });

  it("uses a longer reading when order requires it", () => {
    expect(secondsIn("1:50:00 Part one 120:00 Part two")).toEqual([6600, 7200]);
  });

  it("skips a time that does not continue the order", () => {
    expect(secondsIn("0:00 Intro 5:00 A 3:00 B 6:00 C")).toEqual([0, 300, 360]);
  });
});

describe("timestamps next to headings and separators", () => {
  it("reads a time after a heading's colon and before a separator colon (castbox 103, 104)", () => {
    expect(secondsIn("Episode Timetags:00:00 - Does language affect thought?03:30 - Arabic")).toEqual([
      0, 210,
    ]);
    expect(secondsIn("Timetags:00:00: Egypt's troubles04:20: 'Syriana,' the movie")).toEqual([0, 260]);
  });
});

describe("prose numbers are not timestamps", () => {
  it.each([
    "8.0.38",
    "Linux 6.10",
    "95%",
    "offset 57,345",
    "O1/O2/O3",
    "1) 2) 3)",
    "at 3:10 pm",
    "Dec 15th, 2025 3:10 PM",
    "15.12.2025 | 46 min.",
    "ratio 16:9",
    "July 06, 2020 22:55 - 6 minutes - 4.73 MB",
    "Published Jun 13, 2025, 00:22:55 long, audio available.",
    "12:34:5x",
  ])("%s", (text) => {
    expect(findTimestampCandidates(text)).toEqual([]);
  });
});
