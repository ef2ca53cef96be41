// Seconds as a clock reading, the one way chapter times and durations are written (pages, feeds,
// parse messages). Data keeps plain seconds; this is for display.

/** formatDuration(3723) -> "1:02:03"; formatDuration(754) -> "12:34" */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
