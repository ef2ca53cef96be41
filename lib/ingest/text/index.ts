// parseSource(text, fileName): one scraped text file -> show metadata, episodes and issues.
// Detects the layout itself: title/description line pairs, a summary site's untitled
// paragraphs wrapped in marketing, a directory page of blank-line separated episodes, or a
// one-line list of dated episodes ("Page Tables 15.12.2025 | 46 min.").
import { NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";
import { authorFromByline, isBoilerplate, isShowBlurb, showNameFromPitch } from "./boilerplate";
import { parseBody, type SourceLine } from "./body";
import { parseDatedLine, type DatedLine } from "./dated-list";
import {
  parseResultSchema,
  type Issue,
  type Layout,
  type ParsedEpisode,
  type ParseResult,
  type ShowRecord,
} from "@/lib/catalog/schema";
import { findTimestampCandidates } from "./timestamps";

export { parseBody } from "./body";
export type { SourceLine } from "./body";

/**
 * parseSource("Kernel level TLS\nktls is brilliant. 0:00 Intro 2:00 ktls", "000.txt") ->
 *   { layout: "title-description-pairs", episodes: [{ title: "Kernel level TLS", chapters: [2] }] }
 * `rules`: the show's own course sites, shops and promotion phrases its links are classified with.
 */
export function parseSource(text: string, file: string, rules: ShowLinkRules = NO_SHOW_RULES): ParseResult {
  const lines = toLines(text);
  const layout = detectLayout(lines);
  const state: ParseState = { file, rules, issues: [], boilerplate: [], episodes: [], show: null };
  if (layout === "title-description-pairs") parsePairs(lines, state);
  else if (layout === "dated-list") parseDatedList(lines, state);
  else if (layout === "summary-site") parseSummarySite(lines, state);
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
  });
}

type ParseState = {
  file: string;
  rules: ShowLinkRules;
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

/** A line that reads like an episode title: short, no link, no chapter times, no full stop. */
export function isTitleLike(text: string): boolean {
  const value = text.trim();
  if (!value || value.length > 140) return false;
  if (/https?:\/\//i.test(value) || findTimestampCandidates(value).length > 0) return false;
  if (/[.…:,;]$/.test(value) && !/\.\.\.$/.test(value)) return false;
  return value.split(/\s+/).length <= 20 && !isBoilerplate(value);
}

export function detectLayout(lines: SourceLine[]): Layout {
  const blocks = blocksOf(lines);
  const contentLines = blocks.flat();
  const dated = contentLines.filter((line) => parseDatedLine(line.text)?.publishedAt).length;
  if (dated >= 2 && dated * 3 >= contentLines.length) return "dated-list";
  const multiLineBlocks = blocks.filter((block) => block.length > 1).length;
  if (blocks.length >= 2 && multiLineBlocks >= 1) return "directory";
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
  return "summary-site";
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
    if (isTitleLike(first.text)) addEpisode(state, first.text, rest, first.number);
    else addEpisode(state, null, block, first.number);
  });
}

/** Lines above the first dated line are the page's heading; lines under an entry are its description. */
function parseDatedList(lines: SourceLine[], state: ParseState) {
  let current: { entry: DatedLine; line: number; body: SourceLine[] } | null = null;
  const finish = () => {
    if (current) addEpisode(state, current.entry.title, current.body, current.line, current.entry);
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

function addEpisode(
  state: ParseState,
  title: string | null,
  body: SourceLine[],
  line: number,
  dated?: DatedLine,
) {
  const cleanTitle = title?.replace(/\s+/g, " ").trim() || null;
  const parsed = parseBody(body, state.file, cleanTitle, state.rules);
  state.issues.push(...parsed.issues);
  if (!cleanTitle && !parsed.description && parsed.chapters.length === 0) return;
  state.episodes.push({
    title: cleanTitle,
    description: parsed.description,
    chapters: parsed.chapters,
    links: parsed.links,
    source: { file: state.file, line },
    ...(dated
      ? {
          publishedAt: dated.publishedAt ?? null,
          durationSeconds: dated.durationSeconds,
          // "46 min." says nothing about the seconds.
          durationPrecision: dated.durationSeconds === null ? null : ("minute" as const),
        }
      : {}),
  });
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
