// Render-time formatting of catalog values. Data keeps plain numbers, Dates and URLs; views call these.
import type { DatePrecision } from "@/lib/catalog/schema";

// Dates are calendar days (or the first day of a month or year known no better), read in UTC.
const dateFormats: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone: "UTC" }),
};

/**
 * A date as precisely as it is known: formatDate(new Date("2026-04-15"), "day") -> "Apr 15, 2026";
 * formatDate(new Date("2025-05-01"), "month") -> "May 2025"; "year" -> "2025". No precision: a day.
 */
export function formatDate(date: Date, precision: DatePrecision | null): string {
  return dateFormats[precision ?? "day"].format(date);
}

/**
 * isoDate(new Date("2026-04-15T00:00:00Z")) -> "2026-04-15"; with "month" -> "2026-04", "year" ->
 * "2026": ISO 8601 of the known part, a valid <time dateTime> and schema.org Date.
 */
export function isoDate(date: Date, precision: DatePrecision | null = "day"): string {
  const day = date.toISOString().slice(0, 10);
  return precision === "year" ? day.slice(0, 4) : precision === "month" ? day.slice(0, 7) : day;
}

/** displayHost("https://www.example.org/page") -> "example.org"; null when it is not a URL */
export function displayHost(url: string): string | null {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, "") : null;
}

/** isoDuration(2799) -> "PT46M39S"; isoDuration(3600) -> "PT1H"; isoDuration(0) -> "PT0S" (ISO 8601) */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds === 0) return "PT0S";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}`;
}

/**
 * An episode's length as a listener reads it: listenLength(2940) -> "49 min"; listenLength(4140) ->
 * "1 h 9 min"; listenLength(3600) -> "1 h"; under a minute -> "1 min". Rounded to the minute, so an
 * exact and a minute-precise duration read the same.
 */
export function listenLength(totalSeconds: number): string {
  const minutes = Math.max(1, Math.round(totalSeconds / 60));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
