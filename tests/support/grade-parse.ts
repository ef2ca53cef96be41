// A TypeScript port of ../shared/tools/grade_parse.py: grades parsed episodes against a hand-checked truth
// set with the same metrics, numbers and printed lines, so a test failure reads like the team's grader.
// Python's semantics are kept where JavaScript differs: code-point slicing and ordering, Unicode `\s`,
// round-half-even in `round()` and in `:.3f`, `repr()` in the "off:" lines. Test-only; not a parser.
import { z } from "zod";

/** One truth file (tests/fixtures/layouts/NAME.truth.json): one object per episode in page order. */
export const truthSchema = z.array(
  z.object({
    title: z.string().nullable(),
    descriptionStart: z.string().nullable(),
    chapters: z.array(z.object({ t: z.string().optional(), seconds: z.number(), title: z.string() })),
    urls: z.array(z.string()),
  }),
);
export type TruthEpisode = z.infer<typeof truthSchema>[number];

type Seconds = number | string | null | undefined;

/**
 * An episode as `catalog parse --json` prints it (`Catalog["episodes"][number]` fits). Like the Python
 * loader, a chapter's time is `start`, else `startTime`, else `seconds`, and links may be `urls` or strings.
 */
export type GradedEpisode = {
  title?: string | null;
  description?: string | null;
  chapters?: readonly { start?: Seconds; startTime?: Seconds; seconds?: Seconds; title?: string | null }[];
  links?: readonly ({ url: string } | string)[];
  urls?: readonly ({ url: string } | string)[];
};

export type Scores = { precision: number; recall: number; f1: number };
type Chapter = [seconds: number, title: string];

/** One line of the worst misses: (misses, episode, missing chapters, extra chapters, missing URLs, extra URLs). */
export type Miss = {
  misses: number;
  episode: string;
  missingChapters: Chapter[];
  extraChapters: Chapter[];
  missingUrls: string[];
  extraUrls: string[];
};

export type Grade = {
  found: number;
  truthEpisodes: number;
  spurious: number;
  titlesExact: number;
  titled: number;
  chapters: Scores;
  chapterTimes: Scores;
  urls: Scores;
  /** At most 8, worst first, as the grader prints them. */
  worst: Miss[];
  holds: boolean;
  /** The grader's stdout, line by line; the last is the summary ("holds: …" or "short: …"). */
  lines: string[];
  summary: string;
};

// Python's str.isspace() set, which is what `\s` and strip() use on str (JavaScript's `\s` differs).
const PY_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const spaceRuns = new RegExp(`[${PY_SPACE}]+`, "gu");
const stripEnds = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "gu");

/** Python's s[:n]: by code points, not UTF-16 units. */
const head = (text: string, n: number) => Array.from(text).slice(0, n).join("");

/** norm(" Intro: ") -> "intro": NFKC, ’ -> ', lower case, one space, no trailing " .:;,-". */
export function norm(text: string | null | undefined): string {
  const folded = (text || "").normalize("NFKC").replaceAll("\u2019", "'").toLowerCase();
  return folded
    .replace(spaceRuns, " ")
    .replace(/^ +| +$/g, "")
    .replace(/[ .:;,-]+$/u, "");
}

/** normUrl("https://example.com/a/") -> "example.com/a": a bare domain and the same link with a scheme match. */
export function normUrl(url: string): string {
  // The `u` flag makes /i fold like Python's re.I on str (K and ſ match [a-z]).
  return url
    .replace(stripEnds, "")
    .replace(/^[a-z]+:\/\//iu, "")
    .replace(/\/+$/u, "");
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const rest = value - floor;
  if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

function seconds(value: Seconds): number {
  const number = typeof value === "string" ? Number(value.trim()) : Number(value);
  if (value === null || value === undefined || value === "" || !Number.isFinite(number)) {
    throw new Error(`grade-parse: chapter time ${JSON.stringify(value)} is not a number`);
  }
  return roundHalfEven(number);
}

/** Python's f"{x:.3f}": exact ties (odd multiples of 1/16 at three places) go to the even digit. */
export function fixed3(value: number): string {
  const sixteenths = value * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const thousandths = Math.floor(value * 1000);
    return ((thousandths % 2 === 0 ? thousandths : thousandths + 1) / 1000).toFixed(3);
  }
  return value.toFixed(3);
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp ? tp / (tp + fp) : 1.0;
  const recall = tp + fn ? tp / (tp + fn) : 1.0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0.0,
  };
}

type PyValue = number | string | readonly PyValue[];

/** Python's ordering of ints, strs (by code point) and tuples/lists (element by element, then length). */
function compare(a: PyValue, b: PyValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    const left = Array.from(a);
    const right = Array.from(b);
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
      const diff = left[index]!.codePointAt(0)! - right[index]!.codePointAt(0)!;
      if (diff) return diff;
    }
    return left.length - right.length;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = a as readonly PyValue[];
    const right = b as readonly PyValue[];
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
      const diff = compare(left[index]!, right[index]!);
      if (diff) return diff;
    }
    return left.length - right.length;
  }
  throw new Error(`grade-parse: cannot order ${JSON.stringify(a)} against ${JSON.stringify(b)}`);
}

const sorted = <T extends PyValue>(values: Iterable<T>): T[] => [...values].sort(compare);

/** Python's repr() of a str: single quotes unless only double quotes avoid escaping. */
function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\" || char === quote) out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (
      /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(char) ||
      (char !== " " && /\p{Zs}/u.test(char))
    )
      out +=
        code < 0x100
          ? `\\x${code.toString(16).padStart(2, "0")}`
          : code < 0x10000
            ? `\\u${code.toString(16).padStart(4, "0")}`
            : `\\U${code.toString(16).padStart(8, "0")}`;
    else out += char;
  }
  return out + quote;
}

const reprChapters = (chapters: Chapter[]) =>
  `[${chapters.map(([time, title]) => `(${time}, ${reprString(title)})`).join(", ")}]`;
const reprStrings = (values: string[]) => `[${values.map(reprString).join(", ")}]`;

/** The grader's "  off: (…)" line for one miss. */
export function formatMiss(miss: Miss): string {
  const parts = [
    String(miss.misses),
    reprString(miss.episode),
    reprChapters(miss.missingChapters),
    reprChapters(miss.extraChapters),
    reprStrings(miss.missingUrls),
    reprStrings(miss.extraUrls),
  ];
  return `  off: (${parts.join(", ")})`;
}

type Prediction = {
  title: string | null;
  description: string;
  chapters: Map<string, Chapter>;
  urls: Set<string>;
};

const chapterKey = ([time, title]: Chapter) => `${time}\u0000${title}`;

function loadPrediction(episode: GradedEpisode): Prediction {
  const chapters = new Map<string, Chapter>();
  for (const chapter of episode.chapters ?? []) {
    const start =
      "start" in chapter ? chapter.start : "startTime" in chapter ? chapter.startTime : chapter.seconds;
    const entry: Chapter = [seconds(start), norm(chapter.title ?? "")];
    chapters.set(chapterKey(entry), entry);
  }
  const links = episode.links ?? episode.urls ?? [];
  return {
    title: episode.title ?? null,
    description: episode.description || "",
    chapters,
    urls: new Set(links.map((link) => normUrl(typeof link === "string" ? link : link.url))),
  };
}

/** The pairs of truth and prediction: by normalised title, else by the description's first 30 characters. */
function match(truth: readonly TruthEpisode[], predicted: Prediction[]): (number | null)[] {
  const used = new Set<number>();
  return truth.map((episode) => {
    let found: number | null = null;
    if (episode.title) {
      const title = norm(episode.title);
      found = predicted.findIndex((p, j) => !used.has(j) && Boolean(p.title) && norm(p.title) === title);
      if (found === -1) found = null;
    }
    if (found === null) {
      const key = head(head(norm(episode.descriptionStart), 40), 30);
      for (let j = 0; j < predicted.length && key; j += 1) {
        if (used.has(j)) continue;
        const description = norm(predicted[j]!.description);
        if (description.startsWith(key) || description.includes(key)) {
          found = j;
          break;
        }
      }
    }
    if (found !== null) used.add(found);
    return found;
  });
}

const minus = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => new Set([...a].filter((value) => !b.has(value)));

/**
 * grade(truth, catalog.episodes) -> { found: 3, truthEpisodes: 3, spurious: 0, chapters: { f1: 1 }, …,
 *   summary: "holds: episodes 3/3 spurious 0 titles 3/3 chapterF1 1.000 urlF1 1.000" }
 * The bars default to the grader's (0.98 each).
 */
export function grade(
  truth: readonly TruthEpisode[],
  episodes: readonly GradedEpisode[],
  bars: { minChapterF1?: number; minUrlF1?: number } = {},
): Grade {
  const { minChapterF1 = 0.98, minUrlF1 = 0.98 } = bars;
  const predicted = episodes.map(loadPrediction);
  const pairs = match(truth, predicted);

  const found = pairs.filter((m) => m !== null).length;
  const spurious = predicted.length - found;
  const titled = truth.filter((episode) => episode.title);
  const titlesExact = truth.filter((episode, i) => {
    const m = pairs[i];
    const title = m === null || m === undefined ? null : predicted[m]!.title;
    return episode.title && title && norm(title) === norm(episode.title);
  }).length;

  const counts = { ctp: 0, cfp: 0, cfn: 0, ttp: 0, tfp: 0, tfn: 0, utp: 0, ufp: 0, ufn: 0 };
  const worst: Miss[] = [];
  truth.forEach((episode, i) => {
    const m = pairs[i] ?? null;
    const tc = new Map<string, Chapter>();
    for (const chapter of episode.chapters) {
      const entry: Chapter = [chapter.seconds, norm(chapter.title)];
      tc.set(chapterKey(entry), entry);
    }
    const tt = new Set(episode.chapters.map((chapter) => chapter.seconds));
    const tu = new Set(episode.urls.map(normUrl));
    const pc = m === null ? new Map<string, Chapter>() : predicted[m]!.chapters;
    const pt = new Set([...pc.values()].map(([time]) => time));
    const pu = m === null ? new Set<string>() : predicted[m]!.urls;
    const tcKeys = new Set(tc.keys());
    const pcKeys = new Set(pc.keys());
    const missing = [...minus(tcKeys, pcKeys)].map((key) => tc.get(key)!);
    const extra = [...minus(pcKeys, tcKeys)].map((key) => pc.get(key)!);
    const missingUrls = minus(tu, pu);
    const extraUrls = minus(pu, tu);
    counts.ctp += tcKeys.size - missing.length;
    counts.cfp += extra.length;
    counts.cfn += missing.length;
    counts.ttp += tt.size - minus(tt, pt).size;
    counts.tfp += minus(pt, tt).size;
    counts.tfn += minus(tt, pt).size;
    counts.utp += tu.size - missingUrls.size;
    counts.ufp += extraUrls.size;
    counts.ufn += missingUrls.size;
    const misses = missing.length + extra.length + missingUrls.size + extraUrls.size;
    if (misses) {
      worst.push({
        misses,
        episode: episode.title || head(episode.descriptionStart ?? "", 40),
        missingChapters: sorted(missing).slice(0, 3),
        extraChapters: sorted(extra).slice(0, 3),
        missingUrls: sorted(missingUrls).slice(0, 2),
        extraUrls: sorted(extraUrls).slice(0, 2),
      });
    }
  });

  const chapters = scores(counts.ctp, counts.cfp, counts.cfn);
  const chapterTimes = scores(counts.ttp, counts.tfp, counts.tfn);
  const urls = scores(counts.utp, counts.ufp, counts.ufn);
  const tuple = (miss: Miss): PyValue => [
    miss.misses,
    miss.episode,
    miss.missingChapters,
    miss.extraChapters,
    miss.missingUrls,
    miss.extraUrls,
  ];
  // sorted(worst, reverse=True): stable, so equal entries keep their page order.
  const worstFirst = [...worst].sort((a, b) => compare(tuple(b), tuple(a))).slice(0, 8);
  const holds =
    found === truth.length &&
    spurious === 0 &&
    titlesExact === titled.length &&
    chapters.f1 >= minChapterF1 &&
    urls.f1 >= minUrlF1;
  const prf = (s: Scores) => `P ${fixed3(s.precision)} R ${fixed3(s.recall)} F1 ${fixed3(s.f1)}`;
  const summary =
    `${holds ? "holds" : "short"}: episodes ${found}/${truth.length} spurious ${spurious} ` +
    `titles ${titlesExact}/${titled.length} chapterF1 ${fixed3(chapters.f1)} urlF1 ${fixed3(urls.f1)}`;
  const lines = [
    `episodes found ${found}/${truth.length}, spurious ${spurious}`,
    `titles exact ${titlesExact}/${titled.length}`,
    `chapters (time+title) ${prf(chapters)}`,
    `chapter times ${prf(chapterTimes)}`,
    `urls ${prf(urls)}`,
    ...worstFirst.map(formatMiss),
    summary,
  ];
  return {
    found,
    truthEpisodes: truth.length,
    spurious,
    titlesExact,
    titled: titled.length,
    chapters,
    chapterTimes,
    urls,
    worst: worstFirst,
    holds,
    lines,
    summary,
  };
}
