// Dates, durations and clock times as directory pages print them (lines from /work/shared/layouts and
// their kind in other languages). Expected values are read off the text: "Oct 3" is October 3rd, no year.
import { describe, expect, it } from "vitest";
import { isMetaLine, readMeta, toPublished, type DateMention } from "@/lib/ingest/text/dates";

/** The dates of a line as { text, year, month, day }, text being the slice the mention covers. */
function datesIn(text: string) {
  return readMeta(text).dates.map(({ year, month, day, start, end }) => ({
    text: text.slice(start, end),
    year,
    month,
    day,
  }));
}

function durationsIn(text: string) {
  return readMeta(text).durations.map(({ seconds, precision, start, end }) => ({
    text: text.slice(start, end),
    seconds,
    precision,
  }));
}

function clocksIn(text: string) {
  return readMeta(text).clocks.map(({ start, end }) => text.slice(start, end));
}

const mention = (year: number | null, month: number, day: number | null): DateMention => ({
  year,
  month,
  day,
  start: 0,
  end: 0,
});

describe("readMeta: dates", () => {
  it.each([
    ["Jan 19th, 2026 4:24 PM", "Jan 19th, 2026", 2026, 1, 19],
    ["16 March 2023", "16 March 2023", 2023, 3, 16],
    ["2023-03-16", "2023-03-16", 2023, 3, 16],
    ["15.12.2025", "15.12.2025", 2025, 12, 15],
    ["Feb 12, 2020", "Feb 12, 2020", 2020, 2, 12],
    [" Sep 15, 2019", "Sep 15, 2019", 2019, 9, 15],
    ["2025/10/03", "2025/10/03", 2025, 10, 3],
    ["Sept. 5, 2023", "Sept. 5, 2023", 2023, 9, 5],
    ["On October 19 2025 AWS experienced an outage", "October 19 2025", 2025, 10, 19],
  ])("reads %j as a day", (text, slice, year, month, day) => {
    expect(datesIn(text)).toEqual([{ text: slice, year, month, day }]);
  });

  it.each([
    ["15 de marzo de 2023", 2023, 3, 15],
    ["3 de out. de 2025", 2025, 10, 3],
    ["15 mars 2023", 2023, 3, 15],
    ["15. März 2023", 2023, 3, 15],
    ["12 dic 2024", 2024, 12, 12],
    ["1er avril 2024", 2024, 4, 1],
    ["7 giugno 2022", 2022, 6, 7],
    ["3 oktober 2025", 2025, 10, 3],
    ["2025年10月3日", 2025, 10, 3],
    ["3 thg 10, 2025", 2025, 10, 3],
  ])("reads %j in another language", (text, year, month, day) => {
    expect(datesIn(text)).toEqual([{ text, year, month, day }]);
  });

  it("reads month-and-year dates with month precision", () => {
    expect(datesIn("May 2025")).toEqual([{ text: "May 2025", year: 2025, month: 5, day: null }]);
    expect(datesIn("Jun 2025")).toEqual([{ text: "Jun 2025", year: 2025, month: 6, day: null }]);
    expect(datesIn("marzo de 2023")).toEqual([{ text: "marzo de 2023", year: 2023, month: 3, day: null }]);
    expect(datesIn("März 2023")).toEqual([{ text: "März 2023", year: 2023, month: 3, day: null }]);
  });

  it("reads a day and month without a year as year null", () => {
    expect(datesIn("Oct 3")).toEqual([{ text: "Oct 3", year: null, month: 10, day: 3 }]);
    expect(datesIn("Jul 15")).toEqual([{ text: "Jul 15", year: null, month: 7, day: 15 }]);
    expect(datesIn("3 May")).toEqual([{ text: "3 May", year: null, month: 5, day: 3 }]);
    expect(datesIn("3 de out.")).toEqual([{ text: "3 de out.", year: null, month: 10, day: 3 }]);
    expect(datesIn("15 mars")).toEqual([{ text: "15 mars", year: null, month: 3, day: 15 }]);
  });

  it("reads ambiguous slashed dates as month/day unless a number over 12 forces day/month", () => {
    expect(datesIn("10/03/2025")).toEqual([{ text: "10/03/2025", year: 2025, month: 10, day: 3 }]);
    expect(datesIn("03/13/2025")).toEqual([{ text: "03/13/2025", year: 2025, month: 3, day: 13 }]);
    expect(datesIn("13/03/2025")).toEqual([{ text: "13/03/2025", year: 2025, month: 3, day: 13 }]);
    expect(datesIn("13/13/2025")).toEqual([]);
  });

  it("splits a date glued to a comment count or to a duration", () => {
    expect(datesIn("Update: 2025-10-031")).toEqual([{ text: "2025-10-03", year: 2025, month: 10, day: 3 }]);
    expect(readMeta("Update: 2025-10-031").leftover).toBe("Update");

    expect(datesIn("May 30, 202019 min")).toEqual([{ text: "May 30, 2020", year: 2020, month: 5, day: 30 }]);
    expect(durationsIn("May 30, 202019 min")).toEqual([
      { text: "19 min", seconds: 1140, precision: "minute" },
    ]);
    expect(datesIn("Jun 13, 202523 min")).toEqual([{ text: "Jun 13, 2025", year: 2025, month: 6, day: 13 }]);
    expect(durationsIn("Jun 13, 202523 min")).toEqual([
      { text: "23 min", seconds: 1380, precision: "minute" },
    ]);
    expect(datesIn("May 24, 20208 min")).toEqual([{ text: "May 24, 2020", year: 2020, month: 5, day: 24 }]);
    expect(durationsIn("May 24, 20208 min")).toEqual([{ text: "8 min", seconds: 480, precision: "minute" }]);
  });

  it("reads a date, its publish clock, a duration and a file size on one line", () => {
    const line = "July 06, 2020 22:55 - 6 minutes - 4.73 MB";
    expect(datesIn(line)).toEqual([{ text: "July 06, 2020", year: 2020, month: 7, day: 6 }]);
    expect(clocksIn(line)).toEqual(["22:55"]);
    expect(durationsIn(line)).toEqual([{ text: "6 minutes", seconds: 360, precision: "minute" }]);
    expect(readMeta(line).leftover).toBe("");
    expect(clocksIn("Jan 19th, 2026 4:24 PM")).toEqual(["4:24 PM"]);
  });

  it("reads a date followed by an h:mm:ss duration", () => {
    const widget = "Apr 15, 2026 - 00:09:48";
    expect(datesIn(widget)).toEqual([{ text: "Apr 15, 2026", year: 2026, month: 4, day: 15 }]);
    expect(durationsIn(widget)).toEqual([{ text: "00:09:48", seconds: 588, precision: "second" }]);

    const sentence = "Published Jun 13, 2025, 00:22:55 long, audio available.";
    expect(datesIn(sentence)).toEqual([{ text: "Jun 13, 2025", year: 2025, month: 6, day: 13 }]);
    expect(durationsIn(sentence)).toEqual([{ text: "00:22:55", seconds: 1375, precision: "second" }]);
    expect(readMeta(sentence).leftover).toBe("Published long audio available");
  });

  it("finds a date inside a sentence", () => {
    expect(datesIn("This episode was published on Nov 24, 2025.")).toEqual([
      { text: "Nov 24, 2025", year: 2025, month: 11, day: 24 },
    ]);
  });

  it("keeps impossible day numbers for toPublished to refuse, and drops impossible months", () => {
    expect(datesIn("31.02.2025")).toEqual([{ text: "31.02.2025", year: 2025, month: 2, day: 31 }]);
    expect(datesIn("15.13.2025")).toEqual([]);
    expect(datesIn("2025-13-01")).toEqual([]);
  });
});

describe("readMeta: durations", () => {
  it.each([
    ["46 minutes 39 seconds", 2799, "second"],
    ["37min", 2220, "minute"],
    ["41m 12s", 2472, "second"],
    ["22m 55s", 1375, "second"],
    ["9m 38s", 578, "second"],
    ["59 min 24 sec", 3564, "second"],
    ["1h 2m", 3720, "minute"],
    ["1 hr 5 min", 3900, "minute"],
    ["6 minutes", 360, "minute"],
    ["19 min", 1140, "minute"],
    ["5 Minutes", 300, "minute"],
    ["45 min.", 2700, "minute"],
    ["1 Std. 5 Min.", 3900, "minute"],
    ["1:02:03", 3723, "second"],
    ["22:55", 1375, "second"],
  ] as const)("reads %j", (text, seconds, precision) => {
    expect(durationsIn(text)).toEqual([{ text, seconds, precision }]);
    expect(isMetaLine(text)).toBe(true);
  });

  it("reads a labelled h:mm:ss and keeps the label in the leftover", () => {
    expect(durationsIn("00:22:55 long")).toEqual([{ text: "00:22:55", seconds: 1375, precision: "second" }]);
    expect(readMeta("00:22:55 long").leftover).toBe("long");
    expect(isMetaLine("00:22:55 long")).toBe(true);
    expect(durationsIn("This episode is 00:48:37 long.")).toEqual([
      { text: "00:48:37", seconds: 2917, precision: "second" },
    ]);
    expect(durationsIn("Duration: 45:12")).toEqual([{ text: "45:12", seconds: 2712, precision: "second" }]);
  });

  it("does not read counts, sizes or other quantities as durations", () => {
    expect(durationsIn("2M listeners")).toEqual([]);
    expect(durationsIn("the 90s")).toEqual([]);
    expect(durationsIn("4.73 MB")).toEqual([]);
    expect(durationsIn("5 minimal changes")).toEqual([]);
  });
});

describe("readMeta: clocks", () => {
  it("reads am/pm times and empty player clocks as clocks, never as durations", () => {
    for (const text of ["00:00", "--:--", "3:10 pm", "4:24 PM"]) {
      expect(clocksIn(text)).toEqual([text]);
      expect(readMeta(text).durations).toEqual([]);
      expect(isMetaLine(text)).toBe(true);
    }
    expect(clocksIn("16:24 Uhr")).toEqual(["16:24 Uhr"]);
  });

  it("does not take a capitalised 'Am' after a chapter time for a clock", () => {
    expect(clocksIn("1:30 Am I wrong?")).toEqual([]);
  });
});

describe("readMeta: not meta", () => {
  it.each([
    "Postgres 18",
    "PostgreSQL 17",
    "RFC 793",
    "Episode 398: Apache Kudu with Adar Lieber-Dembo",
    "Creative Commons 2.5",
    "5.0 • 1 Rating",
    "4.9",
    "1.0x",
    "Subscribers: 1545",
    "Kernel level TLS",
    "May the force be with you",
    "March of progress",
    "0:00 Intro",
    "2:00 Userspace SSL Libraries",
    "Every 10 days",
    "The 2020 outage",
    "2024",
    "3 out of 5",
    "10 ago",
    "I may 3d print it",
    "https://www.percona.com/blog/2019/12/18/give-love-to-your-ssds-reduce-innodb_io_capacity_max/",
    "Soft Skills Engi",
    "1.575271419:00",
    "MMU10:00 Page Tables",
  ])("finds nothing in %j", (text) => {
    const reading = readMeta(text);
    expect(reading.dates).toEqual([]);
    expect(reading.durations).toEqual([]);
    expect(reading.clocks).toEqual([]);
    expect(isMetaLine(text)).toBe(false);
  });

  it("leaves chapter lists alone", () => {
    const chapters = "0:00 Intro2:00 Virtual Memory ⁃ ⁃ 8:00 MMU10:00 Page Tables";
    expect(readMeta(chapters)).toMatchObject({ dates: [], durations: [], clocks: [] });
    expect(readMeta("12:00 VMA areas Text/code Data BSS Heap Stack 19:50 Kernel mode").durations).toEqual([]);
  });

  it("drops separators and bare numbers from the leftover", () => {
    expect(readMeta("5.0 • 1 Rating").leftover).toBe("Rating");
    expect(readMeta("Subscribers: 1545").leftover).toBe("Subscribers");
    expect(readMeta("Episode 398: Apache Kudu").leftover).toBe("Episode Apache Kudu");
  });
});

describe("isMetaLine", () => {
  it("accepts lines that are only dates, durations and clocks, with at most three label words", () => {
    expect(isMetaLine("Update: 2025-10-031")).toBe(true);
    expect(isMetaLine("July 06, 2020 22:55 - 6 minutes - 4.73 MB")).toBe(true);
    expect(isMetaLine("Apr 15, 2026 - 00:09:48")).toBe(true);
    expect(isMetaLine("May 30, 202019 min")).toBe(true);
    expect(isMetaLine("Jun 2025")).toBe(true);
    expect(isMetaLine(" Sep 15, 2019")).toBe(true);
    expect(isMetaLine("Published 3 days later: Jan 5, 2024")).toBe(true);
  });

  it("refuses sentences that merely contain a date or duration", () => {
    expect(isMetaLine("Published Jun 13, 2025, 00:22:55 long, audio available.")).toBe(false);
    expect(isMetaLine("This episode was published on Nov 24, 2025.")).toBe(false);
    expect(isMetaLine("On October 19 2025 AWS experienced an outage")).toBe(false);
  });
});

describe("toPublished", () => {
  it("fills day and month for lower precision", () => {
    expect(toPublished(mention(2026, 1, 19))).toEqual({ publishedAt: "2026-01-19", precision: "day" });
    expect(toPublished(mention(2025, 5, null))).toEqual({ publishedAt: "2025-05-01", precision: "month" });
  });

  it("refuses unknown years and impossible dates", () => {
    expect(toPublished(mention(null, 10, 3))).toBeNull();
    expect(toPublished(mention(2025, 2, 31))).toBeNull();
    expect(toPublished(mention(2025, 2, 29))).toBeNull();
    expect(toPublished(mention(2024, 2, 29))).toEqual({ publishedAt: "2024-02-29", precision: "day" });
    expect(toPublished(mention(2025, 13, 1))).toBeNull();
  });

  it("turns what readMeta reads into publishedAt", () => {
    const [date] = readMeta("15.12.2025").dates;
    expect(toPublished(date!)).toEqual({ publishedAt: "2025-12-15", precision: "day" });
    const [impossible] = readMeta("31.02.2025").dates;
    expect(toPublished(impossible!)).toBeNull();
  });
});

describe("readMeta on hostile input", () => {
  /** mulberry32: a small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function expectWellFormed(text: string) {
    const reading = readMeta(text);
    const spans = [...reading.dates, ...reading.durations, ...reading.clocks].sort(
      (a, b) => a.start - b.start,
    );
    const misplaced = spans.filter(
      (span, index) =>
        span.start < (index === 0 ? 0 : spans[index - 1]!.end) ||
        span.end <= span.start ||
        span.end > text.length,
    );
    expect(misplaced).toEqual([]);
    expect(typeof isMetaLine(text)).toBe("boolean");
  }

  it("returns on 200 KB lines of junk", () => {
    const junk = [
      "1".repeat(200_000),
      " ".repeat(200_000) + "5",
      "May ".repeat(50_000),
      "12:".repeat(70_000),
      "1 min ".repeat(35_000),
      "2020-".repeat(40_000),
      "-".repeat(200_000),
      "3 de ".repeat(40_000),
      "0:00 a".repeat(35_000),
      "Jun 13, 202523 min ".repeat(10_000),
    ];
    for (const text of junk) expectWellFormed(text);
    expect(readMeta("1 min ".repeat(35_000)).durations).toHaveLength(35_000);
  });

  it("never throws on random printable and unicode strings (fixed seed)", () => {
    const next = random(20260119);
    const alphabet = [
      ..."0123456789:-./, \t\nMayJunOctde年月日thgstmhPAM.é€😀\u0301\u00a0",
      "März",
      "min",
      "2025",
    ];
    for (let run = 0; run < 2000; run += 1) {
      const length = Math.floor(next() * 60);
      let text = "";
      for (let i = 0; i < length; i += 1) {
        text +=
          next() < 0.7
            ? alphabet[Math.floor(next() * alphabet.length)]!
            : String.fromCharCode(Math.floor(next() * 0xffff));
      }
      expect(() => expectWellFormed(text)).not.toThrow();
    }
  });
});
