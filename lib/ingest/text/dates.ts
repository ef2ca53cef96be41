// Dates, durations and clock times anywhere in a line, as podcast directories print them, in English,
// Spanish, Portuguese, French, German, Italian and Dutch: "Jan 19th, 2026 4:24 PM", "15. März 2023",
// "3 de out. de 2025", "2025-10-031" (a date glued to a comment count), "May 30, 202019 min", "1 Std. 5 Min.",
// "00:22:55 long", "22:55" alone, "--:--". A timestamp followed by title words ("0:00 Intro") is a chapter.

export type DatePrecision = "day" | "month" | "year";
/** A date found in text. year null when the text gives none ("Oct 3", "Jul 15"). month 1-12. day null for "May 2025". */
export type DateMention = {
  year: number | null;
  month: number;
  day: number | null;
  start: number;
  end: number;
};
export type DurationMention = { seconds: number; precision: "second" | "minute"; start: number; end: number };
export type MetaReading = {
  dates: DateMention[];
  durations: DurationMention[];
  /** clock times of day ("4:24 PM", "22:55" right after a date) and empty player clocks ("00:00", "--:--") */
  clocks: { start: number; end: number }[];
  /** the text with dates, durations, clocks, file sizes ("4.73 MB"), bare numbers/counts and separators removed, whitespace-collapsed */
  leftover: string;
};

// Month words by month number. Abbreviations that are also common words ("may", "out", "set", "ago")
// are only read with a day before or after them and, without a year, under the rules in AMBIGUOUS.
// prettier-ignore
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jänner", "jän", "gennaio", "gen", "januari", "января", "январь", "янв"],
  ["february", "feb", "febrero", "fevereiro", "fev", "février", "fevrier", "févr", "fevr", "fév", "februar", "febbraio", "februari", "февраля", "февраль", "февр", "фев"],
  ["march", "mar", "marzo", "março", "marco", "mars", "märz", "maerz", "mär", "mrz", "maart", "mrt", "марта", "март", "мар"],
  ["april", "apr", "abril", "abr", "avril", "avr", "aprile", "апреля", "апрель", "апр"],
  ["may", "mayo", "maio", "mai", "maggio", "mag", "mei", "мая", "май"],
  ["june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu", "июня", "июнь", "июн"],
  ["july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug", "июля", "июль", "июл"],
  ["august", "aug", "agosto", "ago", "août", "aout", "augustus", "августа", "август", "авг"],
  ["september", "sep", "sept", "septiembre", "setiembre", "setembro", "set", "septembre", "settembre", "sett", "сентября", "сентябрь", "сент", "сен"],
  ["october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt", "ottobre", "ott", "октября", "октябрь", "окт"],
  ["november", "nov", "noviembre", "novembro", "novembre", "ноября", "ноябрь", "нояб", "ноя"],
  ["december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "decembre", "déc", "dezember", "dicembre", "декабря", "декабрь", "дек"],
];
/** English month words: only English prints the month before the day ("Oct 3", "Jan 19th, 2026"). */
const ENGLISH_MONTH_WORDS = MONTH_WORDS.flatMap((words) => words.slice(0, 2)).concat("sept");
/**
 * Month words that are also everyday words. Without a year they count only when "de" or a period marks
 * them ("3 de out.", "10. ago") or, for "may"/"mar"/"mars", when written the way a date writes them.
 */
const AMBIGUOUS: Record<string, "marked" | "capitalized" | "lowercase"> = {
  out: "marked",
  set: "marked",
  ago: "marked",
  gen: "marked",
  mag: "marked",
  may: "capitalized",
  mar: "capitalized",
  mars: "lowercase",
};

const MONTH_BY_WORD = new Map(MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1])));
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const MONTH = `(?:${alternation(MONTH_WORDS.flat())})(?!\\p{L})`;
const ENGLISH_MONTH = `(?:${alternation(ENGLISH_MONTH_WORDS)})(?!\\p{L})`;
const YEAR = "((?:19|20)\\d\\d)";

// Every pattern is sticky (tried at one offset) and has only bounded repeats, so each try costs a
// constant and readMeta stays linear in the text length.
const ISO_DATE = new RegExp(`${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})`, "y");
const CJK_DATE = new RegExp(`${YEAR}\\s?年\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?日)?`, "yu");
const KOREAN_DATE = new RegExp(`${YEAR}\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\.?`, "y");
const DOTTED_DATE = new RegExp(`(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}`, "y");
const SLASHED_DATE = new RegExp(`(\\d{1,2})([/-])(\\d{1,2})\\2${YEAR}`, "y");
const VIETNAMESE_DATE = new RegExp(
  `(\\d{1,2})\\s{1,2}(?:thg|tháng)\\s{1,2}(\\d{1,2})(?:\\s{0,2},?\\s{0,2}${YEAR})?`,
  "iyud",
);
const DAY_FIRST_DATE = new RegExp(
  `(\\d{1,2})(st|nd|rd|th|er|º|ª|°|\\.)?\\s{0,2}(de\\s{1,2})?(${MONTH})(\\.)?` +
    `(?:\\s{0,2}(?:,|del?)?\\s{0,2}${YEAR})?`,
  "iyud",
);
const MONTH_FIRST_DATE = new RegExp(
  `(${ENGLISH_MONTH})(\\.)?(?:\\s{1,2}|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])` +
    `(?:\\s{0,2},?\\s{0,2}${YEAR})?`,
  "iyud",
);
const MONTH_YEAR_DATE = new RegExp(`(${MONTH})\\.?,?\\s{1,2}(?:del?\\s{1,2})?${YEAR}`, "iyud");

// Units end at a non-letter: "5 minimal" is no duration. Single-letter units are lower case ("2M" is two million).
const UNIT_END = "(?![a-zà-ÿа-яё])";
const HOURS =
  "hours|hour|hrs|hr|h|stunden|stunde|std|horas|hora|heures|heure|ore|ora|uur|часов|часа|час|ч|時間|小时|小時|시간";
const MINUTES =
  "minutes|minute|minutos|minuto|minuten|minuti|mins|min|mn|m|минуты|минута|минут|мин|分钟|分鐘|分|분";
const SECONDS = "seconds|second|secondes|secondi|segundos|segundo|sekunden|sekunde|secs|sec|seg|sek|s|秒|초";
const JOIN = "\\s{0,2}(?:(?:,|and|und|y|e|et)\\s{1,2})?";
const UNIT_DURATION = new RegExp(
  `(?:(\\d{1,3})\\s?(${HOURS})${UNIT_END}\\.?${JOIN})?` +
    `(?:(\\d{1,4})\\s?(${MINUTES})${UNIT_END}\\.?${JOIN})?` +
    `(?:(\\d{1,5})\\s?(${SECONDS})${UNIT_END}\\.?)?`,
  "iyd",
);
const COLON_TIME =
  /(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:])(?:\s?(a\.m\.|p\.m\.|A\.M\.|P\.M\.|am|pm|AM|PM|Uhr)(?!\p{L}))?/uy;
const EMPTY_CLOCK = /--:--(?::--)?(?!-)/y;
const FILE_SIZE = /\d{1,6}(?:[.,]\d{1,3})?\s?(?:[KMGT]i?B|[kKMG]o|bytes)(?![a-zA-Z])/y;

/** What may sit between a date and the time it was published: "July 06, 2020 22:55", "Oct 3, at 9:30". */
const DATE_TO_CLOCK = /^\s{0,3},?\s{0,3}(?:(?:at|um|à|às|a las|alle|om|le|kl\.?)\s{1,3})?$/iu;
const SEPARATORS_ONLY = /^[\s,;|·•‧∙–—\-~/()[\]]*$/u;
const LONG_AFTER = /^\s{0,3},?\s{0,3}(?:long|lang)(?!\p{L})/iu;
const DURATION_LABEL_BEFORE =
  /(?:duration|length|runtime|run time|dauer|länge|laufzeit|duración|duracion|duração|durée|durata|duur)\s{0,3}:?\s{0,3}$/iu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
const NUMBER_WORD = /^[\p{N}.,'’-]+$/u;

type Span = { start: number; end: number };
type Token =
  | { kind: "date"; mention: DateMention }
  | { kind: "duration"; mention: DurationMention }
  | ({ kind: "clock" | "size" } & Span)
  /** "22:55", "1:02:03": a duration, a clock or a chapter time, decided by what stands around it. */
  | ({ kind: "colon"; seconds: number; hours: number | null; leading: string } & Span);

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLatinLetter = (char: string) => /[A-Za-zÀ-ÿ]/.test(char);

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function inRange(month: number, day: number | null): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31));
}

/** A year ends a date unless digits follow it; "202019 min" is still "2020" when a duration follows. */
function yearEndsAt(text: string, end: number): boolean {
  return !isDigit(text.charCodeAt(end)) || durationAt(text, end) !== null;
}

function dateToken(
  year: number | null,
  month: number,
  day: number | null,
  start: number,
  end: number,
): Token | null {
  if (!inRange(month, day)) return null;
  return { kind: "date", mention: { year, month, day, start, end } };
}

/** "2025-10-03", "2025/10/03", "2025-10-031" (two-digit day + a glued count), "2025年10月3日". */
function yearFirstDateAt(text: string, at: number): Token | null {
  const iso = stickyMatch(ISO_DATE, text, at);
  if (iso) {
    const end = at + iso[0].length;
    if (text[end] === "/" || (isDigit(text.charCodeAt(end)) && iso[4]!.length < 2)) return null;
    return dateToken(Number(iso[1]), Number(iso[3]), Number(iso[4]), at, end);
  }
  const korean = stickyMatch(KOREAN_DATE, text, at);
  if (korean)
    return dateToken(Number(korean[1]), Number(korean[2]), Number(korean[3]), at, at + korean[0].length);
  const cjk = stickyMatch(CJK_DATE, text, at);
  if (cjk)
    return dateToken(Number(cjk[1]), Number(cjk[2]), cjk[3] ? Number(cjk[3]) : null, at, at + cjk[0].length);
  return null;
}

/**
 * "15.12.2025" is day.month.year. "10/03/2025" and "10-03-2025" are month/day unless a number over 12
 * forces the other order ("13/03/2025" is 13 March): US order is what English directory pages print.
 */
function numericDateAt(text: string, at: number): Token | null {
  const dotted = stickyMatch(DOTTED_DATE, text, at);
  if (dotted && yearEndsAt(text, at + dotted[0].length)) {
    return dateToken(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), at, at + dotted[0].length);
  }
  const slashed = stickyMatch(SLASHED_DATE, text, at);
  if (slashed && yearEndsAt(text, at + slashed[0].length) && text[at + slashed[0].length] !== "/") {
    const first = Number(slashed[1]);
    const second = Number(slashed[3]);
    const dayFirst = first > 12 && second <= 12;
    const [month, day] = dayFirst ? [second, first] : [first, second];
    return dateToken(Number(slashed[4]), month, day, at, at + slashed[0].length);
  }
  const vietnamese = stickyMatch(VIETNAMESE_DATE, text, at);
  if (vietnamese) {
    const hasYear = vietnamese[3] !== undefined && yearEndsAt(text, at + vietnamese[0].length);
    const end = hasYear ? at + vietnamese[0].length : vietnamese.indices![2]![1];
    const year = hasYear ? Number(vietnamese[3]) : null;
    return dateToken(year, Number(vietnamese[2]), Number(vietnamese[1]), at, end);
  }
  return null;
}

function monthOf(word: string): number {
  return MONTH_BY_WORD.get(word.toLowerCase()) ?? 0;
}

/** Whether an everyday-word month ("out", "may") reads as a month here, with no year to confirm it. */
function yearlessMonthWord(word: string, marked: boolean): boolean {
  const rule = AMBIGUOUS[word.toLowerCase()];
  if (!rule || marked) return true;
  if (rule === "capitalized") return word[0] === word[0]!.toUpperCase();
  if (rule === "lowercase") return word === word.toLowerCase();
  return false;
}

/** "16 March 2023", "15 de marzo de 2023", "3 de out. de 2025", "15. März 2023", "12 dic 2024", "3 Oct". */
function dayFirstDateAt(text: string, at: number): Token | null {
  const match = stickyMatch(DAY_FIRST_DATE, text, at);
  if (!match?.indices) return null;
  const [, day, suffix, de, word, period, year] = match;
  const monthEnd = match.indices[5]?.[1] ?? match.indices[4]![1];
  if (year !== undefined && yearEndsAt(text, at + match[0].length)) {
    return dateToken(Number(year), monthOf(word!), Number(day), at, at + match[0].length);
  }
  if (!yearlessMonthWord(word!, de !== undefined || suffix === "." || period !== undefined)) return null;
  return dateToken(null, monthOf(word!), Number(day), at, monthEnd);
}

/** "Jan 19th, 2026", "Feb 12, 2020", "May 30, 202019 min", "Oct 3", "Jul 15" (English order). */
function monthFirstDateAt(text: string, at: number): Token | null {
  const match = stickyMatch(MONTH_FIRST_DATE, text, at);
  if (!match?.indices) return null;
  const [, word, period, day, year] = match;
  if (year !== undefined && yearEndsAt(text, at + match[0].length)) {
    return dateToken(Number(year), monthOf(word!), Number(day), at, at + match[0].length);
  }
  if (!yearlessMonthWord(word!, period !== undefined)) return null;
  const dayEnd = match.indices[3]![1];
  const suffix = /^(?:st|nd|rd|th)/i.exec(text.slice(dayEnd, dayEnd + 2));
  return dateToken(null, monthOf(word!), Number(day), at, dayEnd + (suffix ? 2 : 0));
}

/** "May 2025", "marzo de 2023", "März 2023": month precision. */
function monthYearDateAt(text: string, at: number): Token | null {
  const match = stickyMatch(MONTH_YEAR_DATE, text, at);
  if (!match || !yearEndsAt(text, at + match[0].length)) return null;
  return dateToken(Number(match[2]), monthOf(match[1]!), null, at, at + match[0].length);
}

/** "46 minutes 39 seconds", "1 Std. 5 Min.", "41m 12s", "37min", "1h 2m"; "12s" alone is not read. */
function durationAt(text: string, at: number): Token | null {
  const match = stickyMatch(UNIT_DURATION, text, at);
  if (!match?.indices || match[0].length === 0) return null;
  const [, hours, hourUnit, minutes, minuteUnit, seconds, secondUnit] = match;
  const units = [hourUnit, minuteUnit, secondUnit].filter((unit) => unit !== undefined);
  if (units.some((unit) => unit.length === 1 && unit !== unit.toLowerCase())) return null;
  if (hours === undefined && minutes === undefined && secondUnit?.toLowerCase() === "s") return null;
  const lastUnit = match.indices[6] ?? match.indices[4] ?? match.indices[2]!;
  const end = lastUnit[1] + (text[lastUnit[1]] === "." ? 1 : 0);
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  if (total === 0) return null;
  const precision = seconds === undefined ? "minute" : "second";
  return { kind: "duration", mention: { seconds: total, precision, start: at, end } };
}

/** "4:24 PM" and "16:24 Uhr" are clocks; a bare "22:55" or "1:02:03" is decided later, by its neighbours. */
function colonTimeAt(text: string, at: number): Token | null {
  const match = stickyMatch(COLON_TIME, text, at);
  if (!match) return null;
  const [whole, first, second, third, suffix] = match;
  const lead = Number(first);
  const end = at + whole.length;
  if (third !== undefined && first!.length > 2) return null;
  if (suffix === "Uhr") return lead <= 23 && third === undefined ? { kind: "clock", start: at, end } : null;
  if (suffix !== undefined) return lead >= 1 && lead <= 12 ? { kind: "clock", start: at, end } : null;
  const seconds =
    third === undefined ? lead * 60 + Number(second) : lead * 3600 + Number(second) * 60 + Number(third);
  return {
    kind: "colon",
    seconds,
    hours: third === undefined ? null : lead,
    leading: first!,
    start: at,
    end,
  };
}

function sizeAt(text: string, at: number): Token | null {
  const match = stickyMatch(FILE_SIZE, text, at);
  return match ? { kind: "size", start: at, end: at + match[0].length } : null;
}

/**
 * The token starting at `at`, if any. A token starts at a word boundary, or right where the previous one
 * ended ("2020" + "19 min"). Numbers inside numbers, versions and URLs ("1.5", "/2019/12/18") never start one.
 */
function tokenAt(text: string, at: number, glued: boolean): Token | null {
  const char = text[at]!;
  const before = at > 0 ? text[at - 1]! : "";
  if (isDigit(char.charCodeAt(0))) {
    // "-" joins numbers ("2020-07") unless a space stands before it, as in a range.
    const joined = /[\p{L}\p{N}.,:/_\\]/u.test(before) || (before === "-" && !/\s/.test(text[at - 2] ?? " "));
    if (!glued && joined) return null;
    return (
      yearFirstDateAt(text, at) ??
      numericDateAt(text, at) ??
      dayFirstDateAt(text, at) ??
      colonTimeAt(text, at) ??
      durationAt(text, at) ??
      sizeAt(text, at)
    );
  }
  if (char === "-") {
    if (before === "-" || before === ":") return null;
    const match = stickyMatch(EMPTY_CLOCK, text, at);
    return match ? { kind: "clock", start: at, end: at + match[0].length } : null;
  }
  if (isLatinLetter(char) && (glued || !/[\p{L}\p{N}]/u.test(before))) {
    return monthFirstDateAt(text, at) ?? monthYearDateAt(text, at);
  }
  return null;
}

/**
 * A bare "m:ss" / "h:mm:ss" is a publish clock right after a date ("July 06, 2020 22:55"), a duration
 * when labelled ("00:22:55 long", "Duration: 45:12") or standing alone between separators and other meta
 * ("22:55", "Apr 15, 2026 - 00:09:48"), an empty player clock when zero ("00:00"), and otherwise a chapter
 * time that this module leaves alone ("0:00 Intro").
 */
function resolveColon(
  text: string,
  token: Extract<Token, { kind: "colon" }>,
  prev?: Token,
  next?: Token,
): Token | null {
  const before = text.slice(prev ? spanOf(prev).end : 0, token.start);
  const after = text.slice(token.end, next ? spanOf(next).start : text.length);
  const span = { start: token.start, end: token.end };
  if (
    prev?.kind === "date" &&
    token.hours === null &&
    token.leading.length <= 2 &&
    Number(token.leading) <= 23
  ) {
    if (DATE_TO_CLOCK.test(before)) return { kind: "clock", ...span };
  }
  const labelled = LONG_AFTER.test(after) || DURATION_LABEL_BEFORE.test(before.slice(-40));
  if (!labelled && !(SEPARATORS_ONLY.test(before) && SEPARATORS_ONLY.test(after))) return null;
  if (token.seconds === 0) return { kind: "clock", ...span };
  return { kind: "duration", mention: { seconds: token.seconds, precision: "second", ...span } };
}

function spanOf(token: Token): Span {
  return token.kind === "date" || token.kind === "duration" ? token.mention : token;
}

/**
 * readMeta("July 06, 2020 22:55 - 6 minutes - 4.73 MB") -> dates [2020-07-06], clocks ["22:55"],
 * durations [360 s, minute precision], leftover "".
 */
export function readMeta(text: string): MetaReading {
  const found: Token[] = [];
  let previousEnd = -1;
  for (let at = 0; at < text.length;) {
    const token = tokenAt(text, at, at === previousEnd);
    if (token) {
      found.push(token);
      at = previousEnd = spanOf(token).end;
    } else {
      at += 1;
    }
  }
  const tokens = found
    .map((token, index) =>
      token.kind === "colon" ? resolveColon(text, token, found[index - 1], found[index + 1]) : token,
    )
    .filter((token): token is Token => token !== null);

  const reading: MetaReading = { dates: [], durations: [], clocks: [], leftover: "" };
  let rest = "";
  let from = 0;
  for (const token of tokens) {
    const span = spanOf(token);
    rest += `${text.slice(from, span.start)} `;
    from = span.end;
    if (token.kind === "date") reading.dates.push(token.mention);
    else if (token.kind === "duration") reading.durations.push(token.mention);
    else if (token.kind === "clock") reading.clocks.push({ start: token.start, end: token.end });
  }
  rest += text.slice(from);
  reading.leftover = (rest.match(WORD) ?? []).filter((word) => !NUMBER_WORD.test(word)).join(" ");
  return reading;
}

/** isMetaLine("Update: 2025-10-031") -> true; isMetaLine("0:00 Intro") -> false; isMetaLine("Postgres 18") -> false. */
export function isMetaLine(text: string): boolean {
  const reading = readMeta(text);
  const found = reading.dates.length + reading.durations.length + reading.clocks.length;
  const words = reading.leftover === "" ? 0 : reading.leftover.split(" ").length;
  return found > 0 && words <= 3;
}

/**
 * toPublished({ year: 2025, month: 10, day: 3, … }) -> { publishedAt: "2025-10-03", precision: "day" };
 * "May 2025" -> "2025-05-01" of month precision; "Oct 3" (no year) and "31.02.2025" -> null.
 * Never "year": a DateMention always has a month, and a lone "2024" is not read as a date (it is as often
 * a heading, a count or a title word as a publication year).
 */
export function toPublished(date: DateMention): { publishedAt: string; precision: DatePrecision } | null {
  if (date.year === null || !inRange(date.month, date.day)) return null;
  const day = date.day ?? 1;
  const utc = new Date(Date.UTC(date.year, date.month - 1, day));
  if (
    utc.getUTCFullYear() !== date.year ||
    utc.getUTCMonth() !== date.month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return null;
  }
  return { publishedAt: utc.toISOString().slice(0, 10), precision: date.day === null ? "month" : "day" };
}
