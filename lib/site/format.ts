// Render-time formatting of catalog values. Data keeps plain numbers, Dates and URLs; views call these.

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
