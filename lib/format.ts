// Render-time formatting of catalog values. Data keeps plain numbers and Dates; only views call these.

/** formatDuration(3723) -> "1:02:03"; formatDuration(754) -> "12:34" */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

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
