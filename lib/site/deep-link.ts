// Deep links into an episode page: the time in `?t=` or a `#t=` media fragment, read as whole seconds.
// Pure (no window): the player island passes location.search and location.hash in.
import { parseYoutubeTime } from "@/lib/catalog/youtube";

/** Longer than any episode; anything above is a typo or junk, not a time. */
export const MAX_DEEP_LINK_SECONDS = 24 * 60 * 60;

const plainSeconds = /^(\d{1,6})(?:\.\d+)?$/;
const clock = /^(?:(\d{1,3}):)?(\d{1,4}):(\d{1,2})(?:\.\d+)?$/;

/**
 * One time value in any accepted form, or null.
 * parseTimeValue("754") -> 754; parseTimeValue("1:02:03") -> 3723; parseTimeValue("12m34s") -> 754
 */
export function parseTimeValue(raw: string): number | null {
  // W3C media fragments may say `npt:` and give a range (`#t=10,20`): the start is what we want.
  const value = raw.trim().toLowerCase().replace(/^npt:/, "").split(",")[0] ?? "";
  if (value === "" || value.length > 16) return null;

  let seconds: number | null;
  const plain = plainSeconds.exec(value);
  const timed = clock.exec(value);
  if (plain) {
    seconds = Number(plain[1]);
  } else if (timed) {
    const [, h, m = "0", s = "0"] = timed;
    // Seconds are always below 60; minutes only when hours are given (`75:00` is fine, `1:75:00` is not).
    if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return null;
    seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  } else {
    seconds = parseYoutubeTime(value);
  }
  if (seconds === null || !Number.isSafeInteger(seconds) || seconds > MAX_DEEP_LINK_SECONDS) return null;
  return seconds;
}

/**
 * The start time a page URL asks for, in whole seconds, or null when there is none or it is not usable.
 * `?t=` wins over `#t=`; a time past `durationSeconds` (when known) is ignored.
 * parseDeepLinkTime("?t=12:34", "") -> 754; parseDeepLinkTime("", "#t=00:12:34") -> 754
 */
export function parseDeepLinkTime(
  search: string,
  hash: string,
  durationSeconds?: number | null,
): number | null {
  const fromQuery = new URLSearchParams(search).get("t");
  const fromHash = new URLSearchParams(hash.replace(/^#/, "")).get("t");
  for (const raw of [fromQuery, fromHash]) {
    if (raw === null) continue;
    const seconds = parseTimeValue(raw);
    if (seconds === null) continue;
    if (durationSeconds != null && seconds > durationSeconds) return null;
    return seconds;
  }
  return null;
}
