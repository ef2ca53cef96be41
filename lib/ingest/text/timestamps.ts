// Timestamps in chapter lists: "4:00", "1:02:00", and the glued forms scraped text produces
// ("MMU10:00", "fail0:00", "Postgres 1820:00" = "Postgres 18" + "20:00"). Chapter times are
// strictly increasing, which is how glued digits are resolved. Clock times ("3:10 pm") never count.

/** One way to read a timestamp match: where it starts in the text and its value in seconds. */
type Reading = { start: number; seconds: number };

export type TimestampCandidate = {
  /** How many digits precede the first colon ("1820:00" -> 4). */
  digitCount: number;
  /** End offset of the match (exclusive): where the chapter text begins. */
  end: number;
  /** The reading to use when nothing else decides, then the alternatives. */
  natural: Reading;
  alternatives: Reading[];
};

export type Timestamp = { start: number; end: number; seconds: number };

// Not after a digit, comma or slash, nor after "digit." ("8.0:00") or "digit:" (inside a longer clock);
// after a heading's colon is fine ("Timetags:00:00"), and so is "stuff.0:00". A colon after it is a
// separator ("00:00: Egypt"), a colon and a digit is a longer clock. Not a clock time ("3:10 pm"), not a
// time after a year ("Jul 06, 2020 22:55") and not a duration ("00:22:55 long,", "22:55 min").
const CANDIDATE =
  /(?<![\d,/]|[\d:]:|\d\.)(?<!\b(?:1[89]|20)\d\d,?\s)(\d+):([0-5]\d)(?::([0-5]\d))?(?!\d|:\d)(?!\s?[aApP]\.?[mM]\b)(?!\s?(?:(?:long|left|remaining|ago)(?![\p{L}\d])(?!\s+\p{Ll})|(?:min|mins|minutes|hrs|hours|sec|secs|seconds)\b))/gu;

/** parseClock("1:02:03") -> 3723; parseClock("12:34") -> 754; parseClock("7:60") -> null. */
export function parseClock(value: string): number | null {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(value.trim());
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (hours !== undefined && Number(minutes) > 59) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Every place in `text` that can be read as a timestamp, with its possible readings. */
export function findTimestampCandidates(text: string): TimestampCandidate[] {
  const candidates: TimestampCandidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = match[1]!;
    const hasHours = match[3] !== undefined;
    const end = match.index + match[0].length;
    const readings: Reading[] = [];
    const maxLead = hasHours ? 2 : 3;
    for (let length = 1; length <= Math.min(maxLead, digits.length); length += 1) {
      const lead = Number(digits.slice(-length));
      const seconds = hasHours
        ? lead * 3600 + Number(match[2]) * 60 + Number(match[3])
        : lead * 60 + Number(match[2]);
      readings.push({ start: match.index + digits.length - length, seconds });
    }
    if (readings.length === 0) continue;
    // Digits glued in front of a timestamp ("Postgres 1820:00") belong to the words before it:
    // read two digits of minutes (one of hours) unless order forces another reading.
    const naturalLength = digits.length <= 2 ? digits.length : hasHours ? 1 : 2;
    const natural = readings[Math.min(naturalLength, readings.length) - 1]!;
    candidates.push({
      digitCount: digits.length,
      end,
      natural,
      alternatives: readings.filter((reading) => reading !== natural).sort((a, b) => a.seconds - b.seconds),
    });
  }
  return candidates;
}

/**
 * Picks the reading of each candidate that continues a strictly increasing chain after
 * `previous` seconds; a candidate with no such reading is skipped (it stays text).
 */
export function chainTimestamps(candidates: TimestampCandidate[], previous = -1): Timestamp[] {
  const chain: Timestamp[] = [];
  let last = previous;
  for (const candidate of candidates) {
    const reading =
      candidate.natural.seconds > last
        ? candidate.natural
        : candidate.alternatives.find((alternative) => alternative.seconds > last);
    if (!reading) continue;
    chain.push({ start: reading.start, end: candidate.end, seconds: reading.seconds });
    last = reading.seconds;
  }
  return chain;
}

/**
 * The reading of a candidate that is zero ("0:00", "fail0:00", "Version 180:00"), if any.
 * "10:00" is never read as "1" + "0:00": only digit runs too long to be minutes are split.
 */
export function zeroReading(candidate: TimestampCandidate): Reading | null {
  if (candidate.natural.seconds === 0) return candidate.natural;
  if (candidate.digitCount <= 2) return null;
  return candidate.alternatives.find((reading) => reading.seconds === 0) ?? null;
}

/** startsWithTimestamp("- (12:00) Heap") -> true: a chapter line, maybe bulleted or bracketed. */
export function startsWithTimestamp(text: string): boolean {
  return /^\s*(?:[-–•*⁃]\s*)?[[(]?\d{1,2}:[0-5]\d/.test(text);
}
