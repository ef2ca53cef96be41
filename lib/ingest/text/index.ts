// parseSource(text, fileName): one scraped text file -> show metadata, episodes and issues.
// Detects the layout itself: a one-line list of dated episodes ("Page Tables 15.12.2025 | 46 min."),
// a directory page of blank-line separated episodes, title/description line pairs, a summary site's
// untitled paragraphs wrapped in marketing, or — any other page pasted from a podcast directory — a
// page of repeated record shapes, segmented by structure (./records.ts explains how).
import { NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";
import { authorFromByline, isBoilerplate, isShowBlurb, showNameFromPitch } from "./boilerplate";
import { parseBody, type SourceLine } from "./body";
import { parseDatedLine, type DatedLine } from "./dated-list";
import { cutTailLabel, repeatedTailLabel } from "./description";
import {
  parseResultSchema,
  type Issue,
  type Layout,
  type LineRoleEntry,
  type ParsedEpisode,
  type ParseResult,
  type ShowRecord,
} from "@/lib/catalog/schema";
import { readMeta, toPublished } from "./dates";
import { pageLines, readLine, type PageLine } from "./lines";
import { isNavigation, repeatsDescription, segmentRecords, type Segmentation } from "./records";
import { isTitleLike } from "./title-like";

export { parseBody } from "./body";
export { isTitleLike } from "./title-like";
export type { SourceLine } from "./body";

/**
 * parseSource("Kernel level TLS\nktls is brilliant. 0:00 Intro 2:00 ktls", "000.txt") ->
 *   { layout: "title-description-pairs", episodes: [{ title: "Kernel level TLS", chapters: [2] }] }
 * `rules`: the show's own course sites, shops and promotion phrases its links are classified with.
 */
export function parseSource(
  text: string,
  file: string,
  rules: ShowLinkRules = NO_SHOW_RULES,
  showNames: readonly string[] = [],
): ParseResult {
  const lines = toLines(text);
  const layout = detectLayout(lines);
  const state: ParseState = {
    file,
    rules,
    showNames,
    issues: [],
    boilerplate: [],
    episodes: [],
    show: null,
    recordShape: null,
    recordBlocks: null,
    lineRoles: [],
  };
  if (layout === "title-description-pairs") parsePairs(lines, state);
  else if (layout === "dated-list") parseDatedList(lines, state);
  else if (layout === "summary-site") parseSummarySite(lines, state);
  else if (layout === "record-shape") parseRecordShape(lines, state);
  else parseDirectory(lines, state);

  if (state.boilerplate.length > 0) {
    state.issues.push({
      file,
      line: state.boilerplate[0]!,
      severity: "info",
      code: "boilerplate",
      message: `${state.boilerplate.length} line(s) of site boilerplate left out (lines ${compactRanges(state.boilerplate)})`,
    });
  }
  return parseResultSchema.parse({
    file,
    layout,
    show: state.show,
    episodes: state.episodes,
    boilerplateLines: state.boilerplate.length,
    issues: state.issues,
    recordShape: state.recordShape,
    ...(state.recordBlocks !== null ? { recordBlocks: state.recordBlocks } : {}),
    ...(state.lineRoles.length > 0 ? { lineRoles: state.lineRoles } : {}),
  });
}

type ParseState = {
  file: string;
  rules: ShowLinkRules;
  showNames: readonly string[];
  recordShape: string | null;
  recordBlocks: number | null;
  lineRoles: LineRoleEntry[];
  issues: Issue[];
  boilerplate: number[];
  episodes: ParsedEpisode[];
  show: ShowRecord | null;
};

/** Lines with their 1-based numbers; BOM, CR, control characters and odd spaces normalised. */
function toLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({
      number: index + 1,
      text: line
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\uFEFF]/g, "")
        .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
        .trimEnd(),
    }));
}

function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

/** Splits lines into blocks separated by blank lines. */
function blocksOf(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push({ ...line, text: line.text.trim() });
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

export function detectLayout(lines: SourceLine[]): Layout {
  const blocks = blocksOf(lines);
  const contentLines = blocks.flat();
  const dated = contentLines.filter((line) => parseDatedLine(line.text)?.publishedAt).length;
  if (dated >= 2 && dated * 3 >= contentLines.length) return "dated-list";
  if (blocksAreRecords(blocks)) return "directory";
  const content = blocks.flat();
  if (content.length >= 2) {
    let pairs = 0;
    let good = 0;
    for (let index = 0; index + 1 < content.length; index += 2) {
      pairs += 1;
      const title = content[index]!.text;
      const body = content[index + 1]!.text;
      if (isTitleLike(title) && !isTitleLike(body) && body.length > title.length) good += 1;
    }
    if (content.length % 2 === 0 && good / pairs >= 0.8) return "title-description-pairs";
  }
  const pitches = content.filter((line) => isBoilerplate(line.text)).length;
  const byline = content.slice(0, 3).some((line) => authorFromByline(line.text) !== null);
  if ((pitches >= 1 && byline) || (pitches >= 2 && pitches * 4 >= content.length)) return "summary-site";
  return "record-shape";
}

/**
 * A block's first line reads as an episode's title, not a section heading of one episode's notes
 * ("Sponsors", "Links"): two words or more, or a word shared with the text under it.
 */
function namesItsText(block: SourceLine[]): boolean {
  const head = readLine(block[0]!.text, block[0]!.number);
  if (block[0]!.text.trim().split(/\s+/).length >= 2) return true;
  return block
    .slice(1)
    .some((line) => [...readLine(line.text, line.number).words].some((word) => head.words.has(word)));
}

/**
 * Blank lines separate the records: three or more blocks open with a title line followed by text,
 * and they are most of the blocks of several lines (a page that puts a blank line between every
 * line, or none, says nothing with them).
 */
function blocksAreRecords(blocks: SourceLine[][]): boolean {
  const multi = blocks.filter((block) => block.length > 1);
  const titled = multi.filter(
    (block) =>
      readLine(block[0]!.text, block[0]!.number).titleLike &&
      namesItsText(block) &&
      !isTitleLike(block[1]!.text) &&
      readLine(block[1]!.text, block[1]!.number).kind !== "meta" &&
      !/^\S+:\/\/\S+$/.test(block[1]!.text),
  );
  return titled.length >= 2 && titled.length * 5 >= multi.length * 3;
}

function parsePairs(lines: SourceLine[], state: ParseState) {
  const content = blocksOf(lines).flat();
  let index = 0;
  while (index < content.length) {
    const line = content[index]!;
    const next = content[index + 1];
    if (isTitleLike(line.text) && next && !isTitleLike(next.text)) {
      addEpisode(state, line.text, [next], line.number);
      index += 2;
    } else if (isTitleLike(line.text)) {
      addEpisode(state, line.text, [], line.number);
      index += 1;
    } else {
      addEpisode(state, null, [line], line.number);
      index += 1;
    }
  }
}

function parseSummarySite(lines: SourceLine[], state: ParseState) {
  const content = blocksOf(lines).flat();
  let name: string | null = null;
  let author: string | null = null;
  let blurb: SourceLine | null = null;
  content.forEach((line, index) => {
    const byline = authorFromByline(line.text);
    if (byline && index <= 2) {
      author ??= byline;
      state.boilerplate.push(line.number);
      return;
    }
    // The site's own heading line ("Free Daily Podcast Summary") sits above the byline.
    const isSiteHeading =
      index === 0 && content[1] !== undefined && authorFromByline(content[1].text) !== null;
    if (isSiteHeading || isBoilerplate(line.text)) {
      name ??= showNameFromPitch(line.text);
      state.boilerplate.push(line.number);
      return;
    }
    if (isShowBlurb(line.text) && !blurb) {
      blurb = line;
      return;
    }
    addEpisode(state, null, [line], line.number);
  });
  if (name || author || blurb) {
    const show = blurb ? parseBody([blurb], state.file, null, state.rules) : null;
    state.show = {
      name,
      author,
      description: show?.description ?? null,
      links: show?.links ?? [],
    };
  }
}

function parseDirectory(lines: SourceLine[], state: ParseState) {
  const blocks = blocksOf(lines);
  blocks.forEach((block, index) => {
    const [first, ...rest] = block;
    if (!first) return;
    const author = rest[0] ? authorFromByline(rest[0].text) : null;
    if (index === 0 && author) {
      const body = parseBody(rest.slice(1), state.file, null, state.rules);
      state.show = { name: first.text, author, description: body.description || null, links: body.links };
      state.issues.push(...body.issues);
      return;
    }
    if (block.every((line) => isBoilerplate(line.text))) {
      state.boilerplate.push(...block.map((line) => line.number));
      return;
    }
    const head = readLine(first.text, first.number);
    // A lone line of links in a row ("Home | Episodes | About") or counts ("© 2024 …") is chrome.
    if (rest.length === 0 && (head.kind === "stats" || isNavigation(first.text))) {
      state.boilerplate.push(first.number);
      return;
    }
    // A page opening with a lone name above blocks of episodes: the show's name.
    if (index === 0 && rest.length === 0 && isTitleLike(first.text) && blocks.length > 2) {
      state.show = { name: first.text, author: null, description: null, links: [] };
      return;
    }
    // Date and duration lines of a block ("Mar 3, 2024 · 45 min") are the episode's, not its text;
    // so is a date the title line carries.
    const meta = rest.map((line) => readLine(line.text, line.number)).filter((line) => line.kind === "meta");
    const metaNumbers = new Set(meta.map((line) => line.number));
    const body = rest.filter((line) => !metaNumbers.has(line.number));
    const dates = datesOf(head.meta ? [head, ...meta] : meta);
    if (isTitleLike(first.text)) addEpisode(state, first.text, body, first.number, dates);
    else addEpisode(state, null, block, first.number);
  });
}

/** Lines above the first dated line are the page's heading; lines under an entry are its description. */
function parseDatedList(lines: SourceLine[], state: ParseState) {
  let current: { entry: DatedLine; line: number; body: SourceLine[] } | null = null;
  const finish = () => {
    if (current)
      addEpisode(state, current.entry.title, current.body, current.line, datedLineDates(current.entry));
  };
  for (const line of blocksOf(lines).flat()) {
    const entry = parseDatedLine(line.text);
    if (entry) {
      if (entry.publishedAt === null) {
        state.issues.push({
          file: state.file,
          line: line.number,
          severity: "warning",
          code: "dated-list-bad-date",
          message: `"${line.text}" ends in a date that does not exist; the episode is kept without a date`,
        });
      }
      finish();
      current = { entry, line: line.number, body: [] };
    } else if (current) current.body.push(line);
    else state.boilerplate.push(line.number);
  }
  finish();
}

/** A page of repeated records (./records.ts): header, episodes, and every other line as chrome. */
function parseRecordShape(lines: SourceLine[], state: ParseState) {
  const page = pageLines(lines);
  const found = segmentRecords(page, { showNames: state.showNames });
  state.recordShape = found.shape;
  state.recordBlocks = found.recordLike;
  const roles = new Map<number, LineRoleEntry>();
  const assign = (line: PageLine, role: LineRoleEntry["role"], episode: number | null, why?: string) =>
    roles.set(line.number, { line: line.number, role, episode, ...(why ? { why } : {}) });

  if (found.header) {
    const body = parseBody(found.header.body.map(sourceLine), state.file, null, state.rules);
    state.issues.push(...body.issues);
    state.show = {
      name: found.header.name,
      author: null,
      description: body.description || null,
      links: body.links,
    };
    if (found.header.nameLine) assign(found.header.nameLine, "header", null, "the show's name");
    for (const line of found.header.body) assign(line, "header", null, "the show's description");
  }
  const tailLabel = recordTailLabel(page, found.records);
  for (const record of found.records) {
    const variants = descriptionVariants(record.body, record.duplicates);
    const body = withoutTailLabel(
      record.body
        .filter((line) => !variants.dropped.has(line))
        .map((line) => (line === variants.first ? variants.best : line)),
      tailLabel,
      state,
    );
    // A title line may carry the date itself ("Episode 11 – Logging Without Tears (Feb 18, 2024)").
    const dated = record.titleLine?.meta ? [record.titleLine, ...record.meta] : record.meta;
    const dates = datesOf(dated);
    const index = addEpisode(
      state,
      record.title,
      body.map(sourceLine),
      record.titleLine?.number ?? body[0]?.number ?? 1,
      dates,
    );
    if (index === null) {
      for (const line of [record.titleLine, ...record.body])
        if (line) assign(line, "chrome", null, "no description");
      continue;
    }
    if (record.titleLine) assign(record.titleLine, "title", index);
    for (const line of body) assign(line, bodyRole(line), index);
    for (const line of variants.dropped) assign(line, "chrome", index, "repeats the description");
    for (const line of record.meta)
      assign(line, (line.meta?.dates.length ?? 0) > 0 ? "date" : "duration", index);
  }
  for (const { line, why } of found.chrome) {
    if (roles.has(line.number)) continue;
    assign(line, "chrome", null, why);
    state.boilerplate.push(line.number);
  }
  state.boilerplate.sort((a, b) => a - b);
  state.lineRoles = [...roles.values()].sort((a, b) => a.line - b.line);
}

/** The site's label after every episode's text ("… stands. Show more"), if the page has one. */
function recordTailLabel(page: PageLine[], records: Segmentation["records"]): string | null {
  const first = records[0]?.titleLine ?? records[0]?.body[0];
  if (!first) return null;
  const titles = new Set(records.map((record) => record.titleLine));
  const standalone = page.filter((line) => line.number > first.number && !titles.has(line));
  return repeatedTailLabel(
    records.map((record) => record.body.at(-1)?.text ?? ""),
    standalone.map((line) => line.text),
  );
}

/** The record's body with the site's label cut from the end of its last line (or that line left out). */
function withoutTailLabel(body: PageLine[], label: string | null, state: ParseState): PageLine[] {
  const last = body.at(-1);
  if (!label || !last) return body;
  const text = cutTailLabel(last.text, label);
  if (text === last.text) return body;
  state.issues.push({
    file: state.file,
    line: last.number,
    severity: "info",
    code: "truncation-mark",
    message: `site's "${label}" label ending each episode's text; left out`,
  });
  return text ? [...body.slice(0, -1), { ...last, text }] : body.slice(0, -1);
}

function sourceLine(line: PageLine): SourceLine {
  return { text: line.text, number: line.number };
}

function bodyRole(line: PageLine): LineRoleEntry["role"] {
  if (line.kind === "chapter") return "chapter";
  if (line.kind === "url") return "link";
  return "description";
}

/** The same description printed more than once (a teaser, then the full text): the longest is kept. */
function descriptionVariants(body: PageLine[], duplicates: PageLine[]) {
  const prose = body.filter((line) => line.kind === "prose");
  const first = prose[0];
  const dropped = new Set<PageLine>(duplicates);
  if (!first) return { first: undefined, best: undefined, dropped };
  const variants = [
    first,
    ...prose.slice(1).filter((line) => repeatsDescription(first, line)),
    ...duplicates,
  ];
  const best = variants.reduce((longest, line) => (line.text.length > longest.text.length ? line : longest));
  for (const line of variants) if (line !== first) dropped.add(line);
  if (best !== first) dropped.delete(first);
  return { first, best, dropped };
}

type PageDates = {
  publishedAt: string | null;
  publishedPrecision: "day" | "month" | "year" | null;
  durationSeconds: number | null;
  durationPrecision: "second" | "minute" | null;
};

/** The first full date and the first duration on a record's date and duration lines. */
function datesOf(meta: PageLine[]): PageDates {
  const result: PageDates = {
    publishedAt: null,
    publishedPrecision: null,
    durationSeconds: null,
    durationPrecision: null,
  };
  for (const line of meta) {
    const reading = line.meta ?? readMeta(line.text);
    for (const date of reading.dates) {
      const published = result.publishedAt === null ? toPublished(date) : null;
      if (published) {
        result.publishedAt = published.publishedAt;
        result.publishedPrecision = published.precision;
      }
    }
    const duration = reading.durations[0];
    if (duration && result.durationSeconds === null) {
      result.durationSeconds = duration.seconds;
      result.durationPrecision = duration.precision;
    }
  }
  return result;
}

function addEpisode(
  state: ParseState,
  title: string | null,
  body: SourceLine[],
  line: number,
  dates?: PageDates,
): number | null {
  const cleanTitle = title?.replace(/\s+/g, " ").trim() || null;
  const parsed = parseBody(body, state.file, cleanTitle, state.rules);
  state.issues.push(...parsed.issues);
  if (!cleanTitle && !parsed.description && parsed.chapters.length === 0) return null;
  const lastChapter = parsed.chapters.at(-1)?.start ?? -1;
  if (dates?.durationSeconds != null) {
    // "29 min" covers up to 29:59; a chapter past the page's duration says the duration is wrong.
    const covers = dates.durationSeconds + (dates.durationPrecision === "minute" ? 60 : 0);
    if (lastChapter >= covers) {
      state.issues.push({
        file: state.file,
        line,
        severity: "warning",
        code: "duration-before-chapters",
        message: `the page gives a duration of ${dates.durationSeconds} s but a chapter starts at ${lastChapter} s; the duration is left out`,
      });
      dates = { ...dates, durationSeconds: null, durationPrecision: null };
    }
  }
  const known = dates && (dates.publishedAt !== null || dates.durationSeconds !== null);
  state.episodes.push({
    title: cleanTitle,
    description: parsed.description,
    chapters: parsed.chapters,
    links: parsed.links,
    source: { file: state.file, line },
    ...(known ? dates : {}),
  });
  return state.episodes.length - 1;
}

/** "Page Tables 15.12.2025 | 46 min." -> its date and a duration of minute precision. */
function datedLineDates(dated: DatedLine): PageDates {
  return {
    publishedAt: dated.publishedAt ?? null,
    publishedPrecision: dated.publishedAt ? "day" : null,
    durationSeconds: dated.durationSeconds,
    // "46 min." says nothing about the seconds.
    durationPrecision: dated.durationSeconds === null ? null : "minute",
  };
}

/** [2,3,4,5,14,15] -> "2-5, 14-15" */
function compactRanges(numbers: number[]): string {
  const ranges: string[] = [];
  let start = numbers[0]!;
  let previous = start;
  for (const value of [...numbers.slice(1), Number.NaN]) {
    if (value === previous + 1) {
      previous = value;
      continue;
    }
    ranges.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = value;
    previous = value;
  }
  return ranges.join(", ");
}
