// Whether a line reads like an episode title: short, no link, no chapter time, no closing full stop.
import { isBoilerplate } from "./boilerplate";
import { findTimestampCandidates } from "./timestamps";

/** isTitleLike("Kernel level TLS") -> true; isTitleLike("TLS is brilliant.") -> false. */
export function isTitleLike(text: string): boolean {
  const value = text.trim();
  if (!value || value.length > 140) return false;
  if (/https?:\/\//i.test(value) || findTimestampCandidates(value).length > 0) return false;
  if (/[.…:,;。，、；：]$/.test(value) && !/\.\.\.$/.test(value)) return false;
  return value.split(/\s+/).length <= 20 && !isBoilerplate(value);
}
