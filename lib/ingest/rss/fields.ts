// The scalar fields of a feed item, read leniently because real feeds differ: itunes:duration in
// every form, RFC 822 dates (with the variants feeds really use), Podcasting 2.0 JSON chapters.
import type { ChapterRecord } from "@/lib/catalog/schema";

/**
 * parseItunesDuration("1:02:03") -> 3723; "62:03" -> 3723; "3723" -> 3723; "3723.5" -> 3724;
 * "" or "soon" -> null. Fractions of a second are rounded.
 */
export function parseItunesDuration(value: string): number | null {
  const text = value.trim();
  const parts = text.split(":");
  if (parts.length > 3 || !/^\d+(\.\d+)?$/.test(parts.at(-1)!)) return null;
  if (parts.slice(0, -1).some((part) => !/^\d+$/.test(part))) return null;
  const numbers = parts.map(Number);
  if (numbers.length > 1 && numbers.slice(1).some((part) => part >= 60)) return null;
  const seconds = Math.round(numbers.reduce((total, part) => total * 60 + part, 0));
  return seconds > 0 ? seconds : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * parseRfc822Date("Mon, 15 Dec 2025 09:30:00 -0500") -> "2025-12-15" (the day as the publisher wrote
 * it); tolerates a missing weekday or seconds, full month names and two-digit years; else null.
 */
export function parseRfc822Date(value: string): string | null {
  const match =
    /^\s*(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?)?\s*$/i.exec(
      value,
    );
  if (!match) return null;
  const [, dayText, monthText, yearText, hour, minute, second] = match;
  const month = MONTHS.indexOf(monthText!.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 70 ? 2000 : 1900;
  const day = Number(dayText);
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60))
    return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export type JsonChapters = { chapters: ChapterRecord[]; problems: string[] };

/**
 * parseJsonChapters('{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"}]}') ->
 *   { chapters: [{ start: 0, title: "Intro", subpoints: [] }], problems: [] }
 * Hidden chapters (`toc: false`) are left out; untitled ones are named "Chapter N"; a chapter that is
 * not after the previous one is dropped with a problem. Throws when the document is not chapters JSON.
 */
export function parseJsonChapters(text: string): JsonChapters {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (
    typeof document !== "object" ||
    document === null ||
    !Array.isArray((document as { chapters?: unknown }).chapters)
  ) {
    throw new Error(`not a JSON chapters document (needs a "chapters" array)`);
  }
  const problems: string[] = [];
  const version = (document as { version?: unknown }).version;
  if (typeof version !== "string") problems.push(`"version" is missing (expected "1.2.0")`);
  const chapters: ChapterRecord[] = [];
  (document as { chapters: unknown[] }).chapters.forEach((entry, index) => {
    const chapter = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const { startTime, title, toc } = chapter;
    if (typeof startTime !== "number" || !Number.isFinite(startTime) || startTime < 0) {
      problems.push(`chapter ${index + 1}: "startTime" must be a number of seconds`);
      return;
    }
    if (toc === false) return;
    const start = Math.floor(startTime);
    const previous = chapters.at(-1);
    if (previous && start <= previous.start) {
      problems.push(`chapter ${index + 1} at ${start}s is not after the previous one (${previous.start}s)`);
      return;
    }
    const name =
      typeof title === "string" && title.trim()
        ? title.replace(/\s+/g, " ").trim()
        : `Chapter ${chapters.length + 1}`;
    chapters.push({ start, title: name, subpoints: [] });
  });
  return { chapters, problems };
}
