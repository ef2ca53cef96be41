// One-line episode lists with dates, as podcast directories print them:
//   "Page Tables 15.12.2025 | 46 min."   "Page Tables Dec 15th, 2025 3:10 PM"   "Page Tables 2025-12-15"
// The date becomes publishedAt, "46 min." a duration of minute precision; a clock time ("3:10 PM")
// is the hour of publication and is dropped: it is never a chapter.

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE =
  `(?:(?<dmyDay>\\d{1,2})\\.(?<dmyMonth>\\d{1,2})\\.(?<dmyYear>\\d{4})` +
  `|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})` +
  `|(?<mdyMonth>${MONTH_NAME})\\s+(?<mdyDay>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdyYear>\\d{4})` +
  `|(?<dmyNameDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmyName>${MONTH_NAME}),?\\s+(?<dmyNameYear>\\d{4}))`;
const SEPARATOR = "\\s*(?:[|·•,–—]\\s*|-\\s+)?";
const CLOCK = "(?<clock>\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?))";
const DURATION =
  "(?<duration>(?:(?<hours>\\d{1,2})\\s*(?:h|hr|hrs|hours?|std)\\.?\\s*)?(?<minutes>\\d{1,3})\\s*(?:m|min|mins|minutes?)\\.?" +
  "|(?<onlyHours>\\d{1,2})\\s*(?:h|hr|hrs|hours?|std)\\.?)";
const DATED_LINE = new RegExp(
  `^(?<title>.*?\\S)${SEPARATOR}(?:(?:published|released|aired)\\s*:?\\s*)?${DATE}(?:${SEPARATOR}${CLOCK})?(?:${SEPARATOR}${DURATION})?\\s*$`,
  "i",
);

export type DatedLine = {
  title: string;
  /** "YYYY-MM-DD", or null when the line ends in an impossible date ("31.02.2025"). */
  publishedAt: string | null;
  durationSeconds: number | null;
};

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
}

/**
 * parseDatedLine("Page Tables 15.12.2025 | 46 min.") -> { title: "Page Tables", publishedAt: "2025-12-15", durationSeconds: 2760 }
 * parseDatedLine("Page Tables Dec 15th, 2025 3:10 PM") -> { title: "Page Tables", publishedAt: "2025-12-15", durationSeconds: null }
 * parseDatedLine("Foo 31.02.2025") -> { title: "Foo", publishedAt: null, … }; "Kernel level TLS" -> null.
 */
export function parseDatedLine(text: string): DatedLine | null {
  const match = DATED_LINE.exec(text.trim());
  const groups = match?.groups;
  if (!groups) return null;
  const publishedAt = groups.dmyYear
    ? isoDay(Number(groups.dmyYear), Number(groups.dmyMonth), Number(groups.dmyDay))
    : groups.isoYear
      ? isoDay(Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay))
      : groups.mdyYear
        ? isoDay(Number(groups.mdyYear), monthNumber(groups.mdyMonth!), Number(groups.mdyDay))
        : isoDay(Number(groups.dmyNameYear), monthNumber(groups.dmyName!), Number(groups.dmyNameDay));
  const title = groups.title!.replace(/[\s|·•,–—-]+$/, "").trim();
  if (!title || /^\d+$/.test(title)) return null;
  const minutes = groups.duration
    ? Number(groups.hours ?? groups.onlyHours ?? 0) * 60 + Number(groups.minutes ?? 0)
    : 0;
  return { title, publishedAt, durationSeconds: minutes > 0 ? minutes * 60 : null };
}
