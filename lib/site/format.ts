// Render-time formatting of catalog values. Data keeps plain numbers and Dates; only views call these.

const dateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** formatDate(new Date("2026-04-15")) -> "Apr 15, 2026" (dates are calendar days, read in UTC) */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** isoDate(new Date("2026-04-15T00:00:00Z")) -> "2026-04-15", for <time dateTime> */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
