// Record-shape segmentation: finds the episodes on a pasted directory page whose layout nobody wrote a
// rule for. A page repeats a record shape: a title line, maybe date and duration lines before or after
// it, description lines with chapters and links, maybe a date or duration line after them. Page chrome
// (menus, ratings, app prompts, "Show more", related shows, a second copy of the header) does not
// repeat that shape, or repeats itself. The method, in order:
//   1. Each line gets a kind on its own (./lines.ts): link, chapter, date/duration ("meta"), stats,
//      prose or short line.
//   2. Chrome by repetition: a line printed twice in a row or captioning the next line ("X artwork")
//      is one line; a run of two or more lines that occurs again elsewhere on the page is template
//      chrome (a page header pasted twice, a player widget), unless the run itself holds a title
//      followed by its description; short sentences built around each episode's name ("You can
//      listen to X online…", most of their three-word sequences found in other lines) too.
//   3. Anchors: every run of description lines (prose, chapters, links; a short line between chapters
//      belongs to them) is one record's body. A run splits where a new record visibly starts: prose
//      after a chapter list, or after text cut off mid-word (a line ending in a link is not cut),
//      unless the new paragraph repeats the record's description (a teaser, then the full text), or
//      is too short to describe an episode on its own (a link paragraph after the chapters closes
//      the record above).
//   4. Titles: the short lines between two anchors are the previous record's trailing lines and the
//      next record's head. Its title is the head line sharing the most (rare) words with the
//      description (a word on n lines scores 1/n); the line right above the description, and a
//      heading printed twice in a row, each have a head start of half a point, and ties go to the
//      nearer line. The show's name, lines inside it, navigation rows ("Home › Shows"), "Label:
//      value" fields away from any date, short buttons repeated on the page and a label printed in
//      three records' heads or more ("Leave us a voicemail" above each description) are never
//      titles. A list of untitled records stays untitled. A record with no title line takes a
//      phrase its own other lines keep repeating ("X is an episode from …", "You can listen to X …").
//   5. Dates and durations next to a record are its own: right after its description (when nothing
//      else comes between) or right before or after its title. Where the page puts them (above the
//      title, or under it) is voted over all records and settles the lines that could go either way.
//   6. Records with no description: a head line followed by a cut sentence, or — on a page dating its
//      titles underneath — a title with its own date line followed by another title; and a list of
//      titles each with a plain date line (above or under, whichever the list ends on).
//   7. The page header: the record whose title is the page's show name (a short line the page keeps
//      repeating, or a known name of the show), or a first record shaped unlike the ones after it
//      (titled above untitled ones, undated above dated ones); its name is the heading printed twice,
//      else the page's name, else the first line of a block the page repeats. A last record without
//      the date all the others have is the page's footer.
//   8. A title left after the last record is an episode cut by the end of the copy when the page's
//      shape puts a title there (right after a description, or after a record's closing date, or
//      after a date on pages that date titles from above) and it looks like the page's titles.
//   9. On a page of one episode: after a record whose text dwarfs theirs, the blocks closing the page
//      in one small shape (a bare name or none, a date or clock, one short paragraph) are replies or
//      transcript lines, not episodes; then a first titled record holding only a subtitle, followed
//      across a byline (short lines, counts, dates) by the page's only untitled record, is one record:
//      the untitled text is the rest of its notes, the byline's date its date.
// Every line not used is chrome, reported with its line number and the reason.
import { normalizeForCompare } from "@/lib/catalog/text";
import { isShowBlurb } from "./boilerplate";
import { wordCount, type PageLine } from "./lines";
import { chainTimestamps, findTimestampCandidates } from "./timestamps";

export type RecordDraft = {
  /** The line the title was read from, or null (untitled, or a title found in the record's sentences). */
  titleLine: PageLine | null;
  title: string | null;
  /** Body lines in page order: description, chapters, links. */
  body: PageLine[];
  /** Date and duration lines that belong to the record. */
  meta: PageLine[];
  /** Lines that repeat the description (teasers), left out. */
  duplicates: PageLine[];
};

export type HeaderDraft = { name: string | null; nameLine: PageLine | null; body: PageLine[] };

export type ChromeLine = { line: PageLine; why: string };

export type Segmentation = {
  header: HeaderDraft | null;
  records: RecordDraft[];
  chrome: ChromeLine[];
  /** The record shape in words, e.g. "title, date, description, chapters?". */
  shape: string;
  /** Blocks shaped like a record (a description run, a title cut by the copy), the header aside. */
  recordLike: number;
};

export type SegmentOptions = {
  /** Names the show is known by (its data file); a record titled with one is the page header. */
  showNames?: readonly string[];
};

/** The head start of the line right above a description when choosing its title (a shared rare word is 1/df). */
const NEAREST_BONUS = 0.5;
/** The head start of a heading printed twice in a row (an episode page's main heading). */
const TWICE_BONUS = 0.5;
/** How many short lines are searched for a name the page repeats inside them. */
const MAX_PHRASE_LINES = 400;
/** A line printed more often than this is a button under each episode, not the page's name. */
const MAX_NAME_REPEATS = 2;
/** How many lines are tried as the page's own name (the top of the page, then repeated lines). */
const MAX_NAME_CANDIDATES = 60;
/** How many times one line's occurrences are compared when looking for repeated runs. */
const MAX_OCCURRENCES = 40;
/** An untitled paragraph shorter than this, without chapters, is not an episode. */
const MIN_UNTITLED_DESCRIPTION = 100;
/** Sentences longer than this are descriptions, never the page's template wording. */
const TEMPLATE_MAX = 160;
/** In how many records' heads a line is printed to be their frame (a label), not a title. */
const MIN_FRAME_HEADS = 3;
/** How many leading characters two paragraphs share to be the same description. */
const SAME_DESCRIPTION = 40;
/** How many times longer an episode's text is than a reply's (or a subtitle) under it. */
const REPLY_RATIO = 5;
/** The longest line between a subtitle and the rest of its notes: a byline, a button. */
const MAX_BYLINE_WORDS = 3;

type Anchor = { start: number; end: number; records: number[][] };

export function segmentRecords(all: PageLine[], options: SegmentOptions = {}): Segmentation {
  const chrome: ChromeLine[] = [];
  const twice = new Set<PageLine>();
  const live = collapseRepeats(all, chrome, twice);
  const runChrome = new Set<PageLine>();
  const withoutRuns = dropRepeatedRuns(live, chrome, runChrome);
  const runStarts = new Set(
    live.filter((line, index) => runChrome.has(line) && !runChrome.has(live[index - 1]!)),
  );
  const templates = templateLines(all, withoutRuns);
  for (const line of templates) chrome.push({ line, why: "the page's wording around an episode's name" });
  const lines = withoutRuns.filter((line) => !templates.has(line));
  /** Position of each line among the page's non-blank lines: adjacency ignores nothing dropped. */
  const position = new Map(all.map((line, index) => [line, index]));
  const adjacent = (a: PageLine, b: PageLine) => Math.abs(position.get(a)! - position.get(b)!) === 1;
  const df = documentFrequency(lines);
  const pageNames = findPageNames(lines);
  const phraseNames = findPhraseNames(lines);
  const knownNames = (options.showNames ?? []).map(normalizeForCompare).filter((name) => name.length >= 4);
  const repeatedKeys = countKeys(lines);

  const anchors = findAnchors(lines)
    .map((anchor) => withoutRepeatedProse(anchor, lines, repeatedKeys))
    .filter((anchor): anchor is Anchor => anchor !== null);
  // Where the page puts a record's date: right under its title (then the description), or above it.
  let under = 0;
  let above = 0;
  const dated = (line: PageLine | undefined) => line?.kind === "meta" && (line.meta?.dates.length ?? 0) > 0;
  for (const anchor of anchors) {
    let at = anchor.start - 1;
    while (at >= 0 && lines[at]!.kind === "meta") at -= 1;
    if (at < 0 || !lines[at]!.titleLike) continue;
    if (lines.slice(at + 1, anchor.start).some((line) => dated(line))) under += 1;
    // A date above the title counts when no description ends right above it (that is a closing date).
    if (dated(lines[at - 1]) && !(lines[at - 2] && isBody(lines[at - 2]!))) above += 1;
  }
  const titlesAboveDates = under >= 2 && under > above;
  // With no clear vote, a page that ends on a description, whose last title has a date right above
  // it, dates its titles from above (a closing date would follow the last description too).
  const lastAnchor = anchors.at(-1);
  const endsOnDescription =
    lastAnchor !== undefined && !lines.slice(lastAnchor.end + 1).some((line) => dated(line));
  let lastAbove = false;
  if (lastAnchor) {
    let at = lastAnchor.start - 1;
    while (at >= 0 && lines[at]!.kind === "meta") at -= 1;
    lastAbove = at >= 1 && lines[at]!.titleLike && dated(lines[at - 1]);
  }
  const datesAbove = (above >= 2 && above > under) || (above + under === 0 && endsOnDescription && lastAbove);
  const records: Draft[] = [];
  const used = new Set<PageLine>();
  let cursor = 0;

  const pageNameList = [...pageNames];
  const isNameLine = (line: PageLine) =>
    pageNames.has(line.key) ||
    knownNames.some((name) => line.key === name) ||
    pageNameList.some((name) => name.length >= line.key.length * 2 && name.includes(line.key));

  const nextToMeta = (line: PageLine) => {
    const at = position.get(line)!;
    return all[at - 1]?.kind === "meta" || all[at + 1]?.kind === "meta";
  };
  const frame = frameLines(lines, anchors);
  const candidateFilter = (line: PageLine) =>
    line.titleLike &&
    !isNavigation(line.text) &&
    !isNameLine(line) &&
    !frame.has(line.key) &&
    !(isField(line.text) && !nextToMeta(line)) &&
    !(line.words.size <= 1 && (repeatedKeys.get(line.key) ?? 0) > 1);

  for (const anchor of anchors) {
    const gap = lines.slice(cursor, anchor.start);
    const previous = records.at(-1);
    // Dates and durations right after the previous description are that record's.
    let gapStart = 0;
    if (previous && previous.body.length > 0) {
      while (gapStart < gap.length && gap[gapStart]!.kind === "meta") {
        const line = gap[gapStart]!;
        if (!canTake(previous, line)) break;
        // On a page that dates titles from above, a date right above a title is that title's.
        if (datesAbove && gap[gapStart + 1]?.titleLike && (line.meta?.dates.length ?? 0) > 0) break;
        previous.meta.push(line);
        previous.post.push(line);
        used.add(line);
        gapStart += 1;
      }
    }
    const head = gap.slice(gapStart);
    const firstBody = anchor.records[0]!.map((index) => lines[index]!);
    const descriptionWords = wordsOf([
      ...firstBody.filter((line) => line.kind === "prose").slice(0, 3),
      ...firstBody.filter((line) => line.kind === "chapter").slice(0, 40),
    ]);
    const candidates = head.filter(candidateFilter);
    const isList = anchor.records.length > 1;
    let titleLine = chooseTitle(candidates, descriptionWords, df, repeatedKeys, twice);
    const titleScore = titleLine ? overlap(titleLine, descriptionWords, df) : 0;
    if (titleLine && isList && overlap(titleLine, descriptionWords, df) === 0) titleLine = null;
    // Under the show's name, a description no head line speaks of is the show's own.
    const nameLine = head.findLast((line) => pageNames.has(line.key));
    const showLike = !firstBody.some((line) => holdsChapterList(line));
    if (nameLine && showLike && (titleLine === null || overlap(titleLine, descriptionWords, df) === 0))
      titleLine = nameLine;

    // Records cut short by the copy, above this one: a head line right after the previous
    // record's closing date (when the page's records end with a date), or a head line followed by
    // a sentence the page cut off ("In this video, I would like to discuss 10 perf").
    const titleAt = titleLine ? head.indexOf(titleLine) : head.length;
    for (let index = 0; index < titleAt; index += 1) {
      const first = head[index]!;
      if (!candidateFilter(first) || used.has(first)) continue;
      // Under titles in title case, "Generate a badge" is a button, not an episode cut short.
      const titledSoFar = records.filter((record) => record.titleLine !== null && !record.titleOnly);
      if (
        titledSoFar.length > 0 &&
        titledSoFar.every((record) => isTitleCase(record.titleLine!.text)) &&
        !isTitleCase(first.text)
      )
        continue;
      const next = head[index + 1];
      const sentence =
        next !== undefined &&
        next !== titleLine &&
        next.kind === "short" &&
        adjacent(first, next) &&
        isCutSentence(next)
          ? next
          : null;
      const afterClosingDate =
        index === 0 && previous !== undefined && previous.post.length > 0 && gapStart > 0;
      // On a page whose titles carry their date below them, a title with its date line and then
      // another title is a record with no description ("Minisode" / "Oct 23, 2025 • 9 min").
      let metaEnd = index + 1;
      while (
        metaEnd < head.length &&
        head[metaEnd]!.kind === "meta" &&
        adjacent(head[metaEnd - 1]!, head[metaEnd]!)
      )
        metaEnd += 1;
      const ownMeta = head.slice(index + 1, metaEnd);
      const datedTitleOnly =
        titlesAboveDates &&
        // A day: a month alone ("Mar 2025") heads a group of entries rather than dating one.
        ownMeta.some((line) => line.meta?.dates.some((date) => date.day !== null) ?? false) &&
        head.slice(metaEnd, titleAt + 1).some((line) => line.titleLike);
      if (!sentence && !afterClosingDate && !datedTitleOnly) continue;
      const description = datedTitleOnly
        ? null
        : (sentence ??
          (next && next !== titleLine && next.kind !== "meta" && next.words.size >= 5 ? next : null));
      const cut = draft(first, description ? [description] : [], true);
      if (datedTitleOnly) {
        for (const line of ownMeta) {
          if (!canTake(cut, line)) break;
          cut.meta.push(line);
          used.add(line);
        }
      }
      records.push(cut);
      used.add(first);
      if (description) used.add(description);
    }

    anchor.records.forEach((indices, position) => {
      const body = indices.map((index) => lines[index]!);
      const record = draft(position === 0 ? titleLine : null, body);
      record.titleScore = position === 0 ? titleScore : 0;
      record.headCandidates = position === 0 ? candidates.length : 0;
      if (position === 0) {
        // Dates and durations on either side of the title are the record's own.
        if (titleLine) {
          const at = head.indexOf(titleLine);
          for (let index = at - 1; index >= 0 && head[index]!.kind === "meta"; index -= 1) {
            if (used.has(head[index]!)) break;
            if (!canTake(record, head[index]!) || !adjacent(head[index]!, head[index + 1]!)) break;
            record.meta.unshift(head[index]!);
            record.pre.unshift(head[index]!);
          }
          // Between the title and its description, every date and duration line is the record's
          // own, whatever stands between them ("Show Name", "Play").
          for (let index = at + 1; index < head.length; index += 1) {
            const line = head[index]!;
            if (line.kind !== "meta" || used.has(line) || !canTake(record, line)) continue;
            record.meta.push(line);
          }
        } else {
          for (let index = head.length - 1; index >= 0 && head[index]!.kind === "meta"; index -= 1) {
            if (!canTake(record, head[index]!)) break;
            record.meta.unshift(head[index]!);
            record.pre.unshift(head[index]!);
          }
        }
      }
      records.push(record);
    });
    cursor = anchor.end + 1;
  }

  const listPairs = (region: PageLine[]): [PageLine, PageLine[]][] => {
    // The date line may stand above each title instead: a list that ends on a title has them above.
    // After records with descriptions, only plain date lines count: "Other Show · Mar 8, 2024" under
    // each title is a list of related episodes of other shows.
    const listLine = (line: PageLine) =>
      isDatedOrTimed(line) && (records.length === 0 || wordCount(line.meta?.leftover ?? "") === 0);
    const lastListed = region.findLast((line) => listLine(line) || candidateFilter(line));
    const metaFirst = lastListed !== undefined && !listLine(lastListed);
    const pairs: [PageLine, PageLine[]][] = [];
    for (let index = 0; index < region.length; index += 1) {
      // The meta lines of one entry run from `from` to `end` (exclusive); its title is just after them
      // (dates above titles) or just before them.
      const title = metaFirst ? null : region[index]!;
      const from = metaFirst ? index : index + 1;
      let end = from;
      while (
        end < region.length &&
        listLine(region[end]!) &&
        (end === from || adjacent(region[end - 1]!, region[end]!))
      )
        end += 1;
      if (end === from) continue;
      const named = metaFirst ? region[end] : title;
      if (!named || !candidateFilter(named)) continue;
      if (!adjacent(named, metaFirst ? region[end - 1]! : region[from]!)) continue;
      pairs.push([named, region.slice(from, end)]);
      index = metaFirst ? end : end - 1;
    }
    return pairs;
  };

  // After the last record: its closing date, then maybe a title cut by the end of the copy, or a
  // list of titles with dates (whose first date, above its title, is not the record's).
  const tail = lines.slice(cursor);
  const last = records.at(-1);
  let tailStart = 0;
  const wholeList = listPairs(tail);
  const listFromTop = wholeList.length >= 2 && wholeList[0]![1][0] === tail[0];
  if (last && last.body.length > 0 && !listFromTop) {
    while (tailStart < tail.length && tail[tailStart]!.kind === "meta" && canTake(last, tail[tailStart]!)) {
      last.meta.push(tail[tailStart]!);
      last.post.push(tail[tailStart]!);
      tailStart += 1;
    }
  }
  const full = records
    .slice(0, -1)
    .filter((record) => record.titleLine !== null && record.body.length > 0 && !record.titleOnly);
  const closingDates = full.filter((record) => record.post.length > 0).length;
  const titledRecords = records.filter((record) => record.titleLine !== null && !record.titleOnly);
  const startsWithDate =
    full.length > 0 && full.filter((record) => record.pre.length > 0).length * 2 >= full.length;
  const endsWithDate = full.length > 0 && closingDates * 2 >= full.length;
  // A list of titles each with its date or duration line under it and no description at all
  // ("Page Tables" / "Dec 15, 2025 · 46 min", twice or more): each pair is a record.
  const pairs = listPairs(tail.slice(tailStart));
  const listed = pairs.length >= 2;
  if (listed) {
    for (const [title, meta] of pairs) {
      const record = draft(title, [], true);
      for (const line of meta) if (canTake(record, line)) record.meta.push(line);
      records.push(record);
    }
  }
  // A title cut by the copy is the last thing on the page, not the heading of a list of titles.
  const trailing =
    listed || tail.slice(tailStart + 1).filter((line) => line.titleLike).length >= 2
      ? undefined
      : tail[tailStart];
  if (
    last &&
    trailing &&
    candidateFilter(trailing) &&
    (endsWithDate ? tailStart > 0 : tailStart === 0 && last.post.length === 0) &&
    adjacent(trailing, tailStart > 0 ? tail[tailStart - 1]! : (last.body.at(-1) ?? trailing)) &&
    // When the page dates each record above its title, a cut record shows its date too.
    !(startsWithDate && all[position.get(trailing)! - 1]?.kind !== "meta") &&
    looksLikeTitles(trailing, full) &&
    // On a page whose titles are in title case, "See all episodes" is a link, not a cut title.
    !(
      titledRecords.length >= 2 &&
      titledRecords.every((record) => isTitleCase(record.titleLine!.text)) &&
      !isTitleCase(trailing.text)
    ) &&
    (repeatedKeys.get(trailing.key) ?? 0) < 2 &&
    !pageNameList.some((name) => trailing.key.includes(name)) &&
    // Nor the page's first line (its name) inside another line: "More shows like X", "XBy Studio".
    !(
      all[0] !== undefined &&
      all[0] !== trailing &&
      all[0].words.size >= 2 &&
      trailing.key.includes(all[0].key)
    )
  ) {
    records.push(draft(trailing, [], true));
  }

  // Section headings in one episode's notes ("Sponsors", "Credits:"): on a page whose records carry
  // a date, a short head line sharing no word with the text under it and carrying no date of its
  // own continues the record above.
  for (let index = records.length - 1; index >= 1; index -= 1) {
    const record = records[index]!;
    const above = records[index - 1]!;
    const heading = record.titleLine;
    if (!heading || record.titleOnly || above.titleOnly || record.titleScore > 0 || record.meta.length > 0)
      continue;
    if (heading.text.split(/\s+/).length > 2 && !/:$/.test(heading.text)) continue;
    if (above.meta.length === 0 || above.titleLine === null) continue;
    above.body.push(heading, ...record.body);
    records.splice(index, 1);
  }

  // A page that lists records without titles: a head line that shares no word with its description
  // is a heading above the list ("All Episodes", "Reverse"), not a title.
  const untitledList = records.some(
    (record) => record.title === null && record.headCandidates === 0 && record.body.length > 0,
  );
  for (const record of records) {
    if (record.titleOnly || record.titleLine === null || record.titleScore > 0) continue;
    // The first record may be the show itself, named above its blurb.
    if (record === records[0] && record.titleLine === all[0]) continue;
    if (pageNames.has(record.titleLine.key)) continue;
    // A title next to its own date or duration is framed as one, whatever its words.
    if (record.meta.some((meta) => adjacent(meta, record.titleLine!))) continue;
    const length = record.body
      .filter((line) => line.kind === "prose")
      .reduce((sum, line) => sum + line.text.length, 0);
    const bare =
      !hasChapters(record) &&
      !record.body.some((line) => line.kind === "url" || /https?:\/\//.test(line.text));
    // A heading over a short line of text ("Category" / "$99 a month…") is page furniture too.
    if (untitledList || (bare && length < MIN_UNTITLED_DESCRIPTION && record.meta.length === 0)) {
      record.titleLine = null;
      record.title = null;
    }
  }

  // A last record without the date every record above it has is the page's footer ("Support the show").
  const closing = records.at(-1);
  const earlier = records.slice(0, -1).filter((record) => record.titleLine !== null && !record.titleOnly);
  if (
    closing &&
    !closing.titleOnly &&
    closing.meta.length === 0 &&
    !hasChapters(closing) &&
    earlier.filter((record) => record.meta.some((line) => (line.meta?.dates.length ?? 0) > 0)).length >=
      Math.max(3, earlier.length - 1)
  ) {
    records.pop();
    for (const line of [closing.titleLine, ...closing.body]) {
      if (line) chrome.push({ line, why: "after the episodes, shaped unlike them (no date)" });
    }
  }

  // Records that repeat the previous one's description (a teaser, then the full text) are one.
  const merged: typeof records = [];
  for (const record of records) {
    const before = merged.at(-1);
    if (before && record.titleLine === null && sameDescription(before, record)) {
      before.duplicates.push(...record.body.filter((line) => line.kind === "prose"));
      before.body.push(...record.body.filter((line) => line.kind !== "prose"));
      before.meta.push(...record.meta);
      continue;
    }
    merged.push(record);
  }

  // Untitled paragraphs too short to be an episode's description are page text.
  const kept = merged.filter((record) => {
    const length = record.body
      .filter((line) => line.kind === "prose")
      .reduce((sum, line) => sum + line.text.length, 0);
    if (record.title !== null || hasChapters(record) || length >= MIN_UNTITLED_DESCRIPTION) return true;
    for (const line of record.body) chrome.push({ line, why: "a short paragraph with no title" });
    return false;
  });

  /** A heading that is the show's name, or the name with a few words around it ("About <show>"). */
  const namesTheShow = (title: string | null) => {
    if (title === null) return false;
    const key = normalizeForCompare(title);
    return (
      pageNames.has(key) ||
      [...pageNames, ...knownNames, ...phraseNames].some((name) => headingHolds(title, key, name))
    );
  };

  // Replies under one episode: after a record whose text dwarfs theirs, two or more blocks closing
  // the page in one small shape — a name (or none), a date or clock, one short paragraph — are
  // comments or transcript lines, not episodes: "Jonah P." / "Apr 3" / "The part at 19:30 was
  // wonderful." / "♥ 4" / "Respond", and the same again. An episode's name shares words with its
  // text or reads as a title; a commenter's is a bare name.
  let firstReply = kept.length;
  while (firstReply > 0 && isReplyShaped(kept[firstReply - 1]!)) firstReply -= 1;
  const replies = kept.slice(firstReply);
  const longestAbove = Math.max(
    0,
    ...kept
      .slice(0, firstReply)
      .map((record) => record.body.reduce((sum, line) => sum + line.text.length, 0)),
  );
  // Only on a page of one episode (one titled record; its notes may still be an untitled one here):
  // on a list, the last episodes may well be short, dated and named like people ("Trailer").
  const episodesAbove = kept.slice(0, firstReply).filter((record) => !namesTheShow(record.title));
  const oneEpisode =
    episodesAbove.filter((record) => record.title !== null).length <= 1 &&
    episodesAbove.filter((record) => record.title === null).length <= 1;
  if (
    replies.length >= 2 &&
    oneEpisode &&
    longestAbove >= REPLY_RATIO * Math.max(...replies.map((record) => proseLength(record.body)))
  ) {
    kept.splice(firstReply);
    for (const record of replies) {
      for (const line of [record.titleLine, ...record.body, ...record.meta]) {
        if (line) chrome.push({ line, why: "a reply under the episode (a name, a date, a short paragraph)" });
      }
    }
  }

  // A title, its byline and dates, then its notes: on a page of one episode, the first titled
  // record holding one short paragraph (a subtitle), followed by the page's only untitled record
  // with no date of its own, across nothing but short lines, counts and dates nobody took ("Lena
  // Hart" / "Apr 2, 2025" / "58" / "Forward" / "0:00" / "-48:12"), is one record: the untitled text
  // is the rest of its description. A list of untitled records (more than one) keeps its shape, and a
  // record naming the show is its header.
  const openerAt = kept.findIndex((record) => !namesTheShow(record.title));
  const opener = kept[openerAt];
  const notes = kept[openerAt + 1];
  if (
    opener?.titleLine &&
    notes &&
    !opener.titleOnly &&
    isSubtitle(opener) &&
    notes.title === null &&
    // A date of its own makes it a record of its own; a clock right above it is the player's.
    notes.meta.every((line) => (line.meta?.dates.length ?? 0) === 0) &&
    (hasChapters(notes) || proseLength(notes.body) >= REPLY_RATIO * proseLength(opener.body)) &&
    kept.filter((record) => record.title === null).length === 1
  ) {
    const between = all.slice(position.get(opener.body.at(-1)!)! + 1, position.get(notes.body[0]!)!);
    const byline =
      between.some((line) => line.kind === "meta") &&
      between.every(
        (line) =>
          line.kind === "meta" ||
          line.kind === "stats" ||
          (line.kind === "short" && line.text.split(/\s+/).length <= MAX_BYLINE_WORDS),
      );
    if (byline) {
      const liveLines = new Set(lines);
      // Its date is in the byline; a clock there ("0:00", "-1:12:40") is the player's, not a duration.
      for (const line of between) {
        const free = liveLines.has(line) && (line.meta?.durations.length ?? 0) === 0;
        if (free && canTake(opener, line)) opener.meta.push(line);
      }
      opener.body.push(...notes.body);
      opener.duplicates.push(...notes.duplicates);
      kept.splice(openerAt + 1, 1);
    }
  }

  // Untitled records: a title their own other lines keep repeating.
  const linesOf = (record: Draft) =>
    [record.titleLine, ...record.body, ...record.meta, ...record.duplicates]
      .filter((line): line is PageLine => line !== null)
      .map((line) => position.get(line)!);
  kept.forEach((record, index) => {
    if (record.title !== null) return;
    const previous = kept[index - 1];
    const next = kept[index + 1];
    const from = previous ? Math.max(...linesOf(previous)) + 1 : 0;
    const to = next ? Math.min(...linesOf(next)) : all.length;
    record.title = titleFromMentions(record, all.slice(from, to), runChrome);
  });

  /**
   * The show's name above its blurb: a heading printed twice in a row, else the page's name, else
   * the first line of a block the page repeats (header and footer) when no date follows it.
   */
  const linesOfFirst = (record: Draft) => record.body.at(-1) ?? record.titleLine ?? record.meta[0]!;
  const showNameAbove = (record: Draft, from: number): PageLine | null => {
    const firstLine = record.body[0] ?? record.titleLine;
    if (!firstLine) return null;
    const titles = new Set(kept.map((other) => other.titleLine?.key).filter((key) => key !== undefined));
    const above = all
      .slice(from, position.get(firstLine)! + 1)
      .filter((line) => line.titleLike && !titles.has(line.key));
    return (
      above.find((line) => twice.has(line) && !isNavigation(line.text)) ??
      above.findLast((line) => pageNames.has(line.key)) ??
      above.find(
        (line) =>
          runStarts.has(line) && line.words.size >= 2 && all[position.get(line)! + 1]?.kind !== "meta",
      ) ??
      null
    );
  };

  // The page header.
  let header: HeaderDraft | null = null;
  const episodes: RecordDraft[] = [];
  for (const [index, record] of kept.entries()) {
    const namesShow = namesTheShow(record.title);
    const first = index === 0;
    const headerLike =
      namesShow ||
      (first && !hasChapters(record) && shapedUnlikeTheRest(record, kept.slice(1))) ||
      (first && record.body[0] !== undefined && isShowBlurb(record.body[0].text));
    // A second block about the show ("About <show>" and its blurb) is not an episode either.
    if (namesShow && header !== null && !hasChapters(record)) {
      for (const line of [record.titleLine, ...record.body]) {
        if (line) chrome.push({ line, why: "about the show, not an episode" });
      }
      continue;
    }
    if (headerLike && header === null && !hasChapters(record)) {
      const nameLine = showNameAbove(
        record,
        index === 0 ? 0 : position.get(linesOfFirst(kept[index - 1]!))! + 1,
      );
      header = nameLine
        ? { name: nameLine.text, nameLine, body: record.body }
        : { name: record.title, nameLine: record.titleLine, body: record.body };
      continue;
    }
    episodes.push(record);
  }
  if (header === null) {
    const name = [...pageNames][0] ?? null;
    const nameLine = name ? (lines.find((line) => line.key === name) ?? null) : null;
    // Else the page's first line, when it is a name of a few words that no episode took as its
    // title and no date follows (a title with a date is an episode, as in a "latest episode" widget).
    const first = all[0];
    const titles = new Set(episodes.map((record) => record.titleLine));
    const firstNames =
      first !== undefined &&
      first.titleLike &&
      first.words.size >= 2 &&
      !isNavigation(first.text) &&
      !titles.has(first) &&
      all[1]?.kind !== "meta";
    if (nameLine) header = { name: nameLine.text, nameLine, body: [] };
    else if (firstNames) header = { name: first.text, nameLine: first, body: [] };
  } else if (header.name !== null) {
    // "<show> Hussein Nasser", "Acerca de <show>": the page's own name inside the heading.
    const key = normalizeForCompare(header.name);
    const inside = [...pageNames].find((name) => name !== key && key.includes(name));
    if (inside) header.name = lines.find((line) => line.key === inside)?.text ?? header.name;
  }

  for (const record of episodes) {
    for (const line of [record.titleLine, ...record.body, ...record.meta, ...record.duplicates]) {
      if (line) used.add(line);
    }
  }
  if (header) {
    if (header.nameLine) used.add(header.nameLine);
    for (const line of header.body) used.add(line);
  }
  for (const line of lines) {
    if (used.has(line)) continue;
    chrome.push({ line, why: whyChrome(line, pageNames) });
  }
  chrome.sort((a, b) => a.line.number - b.line.number);
  return {
    header,
    records: episodes,
    chrome: dedupeChrome(chrome),
    shape: describeShape(episodes),
    recordLike: merged.length - (header !== null && header.body.length > 0 ? 1 : 0),
  };
}

type Draft = RecordDraft & {
  /** Date and duration lines above the title, and after the description. */
  pre: PageLine[];
  post: PageLine[];
  /** How many rare words the title shares with the description (0: none). */
  titleScore: number;
  /** How many lines above the description could have been its title. */
  headCandidates: number;
  /** A title-only record (a title cut from its description by the end of the copy). */
  titleOnly: boolean;
};

function draft(titleLine: PageLine | null, body: PageLine[], titleOnly = false): Draft {
  return {
    titleLine,
    title: titleLine?.text ?? null,
    body,
    meta: [],
    duplicates: [],
    pre: [],
    post: [],
    titleScore: 0,
    headCandidates: 0,
    titleOnly,
  };
}

function isDatedOrTimed(line: PageLine): boolean {
  return (
    line.kind === "meta" && ((line.meta?.dates.length ?? 0) > 0 || (line.meta?.durations.length ?? 0) > 0)
  );
}

/** A record takes one date and one duration. */
function canTake(record: RecordDraft, line: PageLine): boolean {
  const hasDate = record.meta.some((meta) => (meta.meta?.dates.length ?? 0) > 0);
  const hasDuration = record.meta.some((meta) => (meta.meta?.durations.length ?? 0) > 0);
  const dates = line.meta?.dates.length ?? 0;
  const durations = line.meta?.durations.length ?? 0;
  if (dates === 0 && durations === 0) return false;
  return !(dates > 0 && hasDate) && !(durations > 0 && hasDuration);
}

/** Lines printed twice in a row, and captions of the next line ("X artwork", "X - podcast cover"). */
function collapseRepeats(all: PageLine[], chrome: ChromeLine[], twice: Set<PageLine>): PageLine[] {
  const kept: PageLine[] = [];
  all.forEach((line, index) => {
    const previous = kept.at(-1);
    if (previous && previous.key === line.key && line.kind !== "chapter" && line.kind !== "url") {
      chrome.push({ line, why: `repeats line ${previous.number}` });
      twice.add(previous);
      return;
    }
    const next = all[index + 1];
    if (
      next &&
      next.titleLike &&
      line.kind === "short" &&
      next.key.length >= 4 &&
      line.key.startsWith(next.key) &&
      line.key.length > next.key.length &&
      line.key.charAt(next.key.length) === " " &&
      line.key.slice(next.key.length).trim().split(" ").length <= 4
    ) {
      chrome.push({ line, why: `caption of line ${next.number}` });
      return;
    }
    kept.push(line);
  });
  return kept;
}

/** Runs of two or more lines that occur again elsewhere on the page: template chrome. */
function dropRepeatedRuns(lines: PageLine[], chrome: ChromeLine[], dropped: Set<PageLine>): PageLine[] {
  const positions = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const list = positions.get(line.key);
    if (list) {
      if (list.length < MAX_OCCURRENCES) list.push(index);
    } else positions.set(line.key, [index]);
  });
  const inRun = new Array<number>(lines.length).fill(-1);
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    if (line.kind === "chapter" || next.kind === "chapter") continue;
    const others = positions.get(line.key) ?? [];
    for (const other of others) {
      if (other === index || other + 1 >= lines.length) continue;
      if (lines[other + 1]!.key === next.key && other + 1 !== index) {
        inRun[index] = other;
        inRun[index + 1] = other + 1;
        break;
      }
    }
  }
  // A run holding a title directly followed by its description is content printed twice, not chrome.
  const kept: PageLine[] = [];
  let index = 0;
  while (index < lines.length) {
    if (inRun[index] === -1) {
      kept.push(lines[index]!);
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < lines.length && inRun[end + 1] !== -1) end += 1;
    const run = lines.slice(index, end + 1);
    const content = run.some((line, at) => {
      const next = run[at + 1];
      return line.titleLike && next?.kind === "prose" && [...line.words].some((word) => next.words.has(word));
    });
    if (content) kept.push(...run);
    else {
      for (const [at, line] of run.entries()) {
        dropped.add(line);
        const twin = lines[inRun[index + at]!]!;
        chrome.push({ line, why: `repeated with line ${twin.number} (page template)` });
      }
    }
    index = end + 1;
  }
  return kept;
}

/**
 * Lines printed above three or more descriptions are each record's frame, never one record's title:
 * "The Missing Ledger" / "Mar 19, 2024" / "Leave us a voicemail" / description, and the same label
 * above every other description. A title heads one record; a line shared by many heads is a label.
 */
function frameLines(lines: PageLine[], anchors: Anchor[]): Set<string> {
  const heads = new Map<string, number>();
  let from = 0;
  for (const anchor of anchors) {
    const keys = new Set(
      lines
        .slice(from, anchor.start)
        .filter((line) => line.titleLike)
        .map((line) => line.key),
    );
    for (const key of keys) heads.set(key, (heads.get(key) ?? 0) + 1);
    from = anchor.end + 1;
  }
  return new Set([...heads].filter(([, count]) => count >= MIN_FRAME_HEADS).map(([key]) => key));
}

function countKeys(lines: PageLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.key, (counts.get(line.key) ?? 0) + 1);
  return counts;
}

/** In how many lines each word occurs: rare words tell a title from a heading. */
function documentFrequency(lines: PageLine[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const line of lines) for (const word of line.words) df.set(word, (df.get(word) ?? 0) + 1);
  return df;
}

/**
 * The page's own name: a short line near the top, or printed more than once, that the page repeats
 * inside two or more other short lines ("More shows like X", "XBy Author", "Acerca de X").
 */
function findPageNames(lines: PageLine[]): Set<string> {
  const counts = countKeys(lines);
  const shortKeys = lines
    .filter((line) => line.kind === "short" || line.kind === "stats")
    .map((line) => line.key);
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (seen.size >= MAX_NAME_CANDIDATES) break;
    if (!line.titleLike || line.key.length < 6 || seen.has(line.key)) continue;
    if (index >= 40 && (counts.get(line.key) ?? 0) < 2) continue;
    // A button printed under every episode ("Listen now") repeats more often than a name.
    if ((counts.get(line.key) ?? 0) > MAX_NAME_REPEATS) continue;
    seen.add(line.key);
    const identical = (counts.get(line.key) ?? 1) - 1;
    let inside = 0;
    for (const key of shortKeys) {
      if (identical + inside >= 2) break;
      if (key.length > line.key.length && key.includes(line.key)) inside += 1;
    }
    // The page's first line, named again inside another line ("More shows like X"), is its name too.
    if (identical + inside >= 2) names.add(line.key);
  }
  return names;
}

/**
 * A heading that is the show's name with a few words around it ("Acerca de <show>", "<show> Hussein
 * Nasser"), not an episode title carrying the show's name as a suffix ("Page Tables | <show>").
 */
function headingHolds(title: string, titleKey: string, name: string): boolean {
  const at = titleKey.indexOf(name);
  if (at < 0) return false;
  const rest = `${titleKey.slice(0, at)} ${titleKey.slice(at + name.length)}`.trim();
  if (rest === "") return true;
  return rest.split(" ").length <= 3 && !/\s[|–—-]\s|:\s/.test(title);
}

/** "Postgres Is Enough" (most words of four letters or more capitalised), not "See all episodes". */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0) return true;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length * 5 >= words.length * 3;
}

/**
 * A lone line looks like the page's titles when it has three words or more, or two and the page's
 * titles are that short too: "Load more" under titles of eight words is a button.
 */
function looksLikeTitles(line: PageLine, records: Draft[]): boolean {
  const counts = records
    .map((record) => record.titleLine?.text.split(/\s+/).length)
    .filter((count): count is number => count !== undefined)
    .sort((a, b) => a - b);
  const words = line.text.split(/\s+/).length;
  if (words < 2) return false;
  if (words >= 3 || counts.length === 0) return words >= 3;
  return words * 2 >= counts[Math.floor((counts.length - 1) / 2)]!;
}

/** "Home › Podcasts › History", "Site · Legal · Privacy · Cookies": links in a row, not a title. */
export function isNavigation(text: string): boolean {
  const parts = text.split(/\s+[·|›»>/]\s+/);
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 4);
}

/**
 * Names the page keeps repeating inside its short lines without ever printing them alone
 * ("The Ledger Lines - podcast cover", "From The Ledger Lines", "Home / The Ledger Lines / Episode"):
 * capitalised phrases of two to six words found in three short lines or more, the longest kept.
 */
function findPhraseNames(lines: PageLine[]): string[] {
  const found = new Map<string, Set<PageLine>>();
  const short = lines.filter((line) => line.kind === "short").slice(0, MAX_PHRASE_LINES);
  for (const line of short) {
    const tokens = line.key.split(" ").slice(0, 16);
    const original = line.text.split(/[\s/›»|·]+/);
    const capitalised = new Set(
      original.filter((word) => /^\p{Lu}/u.test(word)).map((word) => normalizeForCompare(word)),
    );
    for (let start = 0; start < tokens.length; start += 1) {
      if (!capitalised.has(tokens[start]!)) continue;
      for (let length = 2; length <= 6 && start + length <= tokens.length; length += 1) {
        const key = tokens.slice(start, start + length).join(" ");
        const owners = found.get(key) ?? new Set<PageLine>();
        owners.add(line);
        found.set(key, owners);
      }
    }
  }
  const frequent = [...found].filter(([, owners]) => owners.size >= 3);
  return frequent
    .filter(
      ([key, owners]) =>
        !frequent.some(([other, more]) => other !== key && other.includes(key) && more.size >= owners.size),
    )
    .map(([key]) => key);
}

/** "Author: Iyad and Ahmed", "Category: Technology": a labelled field, not a title. */
function isField(text: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?:\s+\S/u.test(text);
}

/** Description runs, each split into the records it holds. */
function findAnchors(lines: PageLine[]): Anchor[] {
  const anchors: Anchor[] = [];
  let index = 0;
  while (index < lines.length) {
    // A description starts with its text: a link line above it ("Share: https://…") is the page's.
    if (!isBody(lines[index]!) || lines[index]!.kind === "url") {
      index += 1;
      continue;
    }
    const start = index;
    let end = index;
    while (end + 1 < lines.length) {
      const next = lines[end + 1]!;
      if (isBody(next)) end += 1;
      else if (next.kind === "short" && end + 2 < lines.length && /chapter|url/.test(lines[end + 2]!.kind))
        end += 1;
      else break;
    }
    anchors.push({ start, end, records: splitRecords(lines, start, end) });
    index = end + 1;
  }
  return anchors;
}

/**
 * A paragraph the page prints more than once in different places (an app pitch) is not a
 * description when its run holds nothing else; next to another paragraph it is left out.
 */
function withoutRepeatedProse(anchor: Anchor, lines: PageLine[], counts: Map<string, number>): Anchor | null {
  const repeated = (index: number) =>
    lines[index]!.kind === "prose" && (counts.get(lines[index]!.key) ?? 0) > 1;
  const indices = anchor.records.flat();
  const others = indices.filter((index) => !repeated(index));
  if (others.length === 0) return null;
  if (others.length === indices.length || !others.some((index) => lines[index]!.kind === "prose"))
    return anchor;
  const records = anchor.records
    .map((record) => record.filter((index) => !repeated(index)))
    .filter((record) => record.length > 0);
  return { start: records[0]![0]!, end: anchor.end, records };
}

function isBody(line: PageLine): boolean {
  return line.kind === "prose" || line.kind === "chapter" || line.kind === "url";
}

/** Where a run of description lines holds more than one record (see step 3 above). */
function splitRecords(lines: PageLine[], start: number, end: number): number[][] {
  const records: number[][] = [[start]];
  for (let index = start + 1; index <= end; index += 1) {
    const line = lines[index]!;
    const previous = lines[index - 1]!;
    const current = records.at(-1)!;
    const firstProse = current.map((at) => lines[at]!).find((candidate) => candidate.kind === "prose");
    const startsNew =
      line.kind === "prose" &&
      (previous.kind === "prose" || previous.kind === "chapter") &&
      (holdsChapterList(previous) || (previous.kind === "prose" && isCutOff(previous.text))) &&
      !(firstProse && repeatsDescription(firstProse, line));
    if (startsNew) records.push([index]);
    else current.push(index);
  }
  // A paragraph too short to describe an episode on its own, without chapters, closes the record
  // above rather than starting one: "21:45 A deckhand's logbook" / "Maps and photos from this
  // week's crossing are here: https://…". So does one line carrying a link (a sponsor's, a source's)
  // right after the chapters: "Partner of this episode: 30% off at https://…".
  return records.reduce<number[][]>((joined, record) => {
    const prose = record.map((at) => lines[at]!);
    const length = proseLength(prose);
    const chapters = prose.some((line) => holdsChapterList(line));
    const linkLine = prose.length === 1 && /https?:\/\//.test(prose[0]!.text);
    const short = (length < MIN_UNTITLED_DESCRIPTION || linkLine) && !chapters;
    if (joined.length > 0 && short) joined.at(-1)!.push(...record);
    else joined.push(record);
    return joined;
  }, []);
}

/**
 * A chapter line, or a line of two times or more in rising order. Times mentioned out of order are
 * prose ("a 10K best of 34:50 … 3 x 10:00 with 2:00 easy jog between").
 */
function holdsChapterList(line: PageLine): boolean {
  return line.kind === "chapter" || chainTimestamps(findTimestampCandidates(line.text)).length >= 2;
}

/** A sentence of eight words or more, mostly lower-case words, that stops mid-way: a cut description. */
function isCutSentence(line: PageLine): boolean {
  const words = line.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 8 || /[.!?]$/.test(line.text)) return false;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return lower * 5 >= words.length * 3;
}

/**
 * Text that stops mid-word or with an ellipsis: the page (or the copy) cut it. A line ending in a
 * link ("… pickle recipe: https://example.com/p/quick-pickles") ends on the link, not cut mid-word.
 */
function isCutOff(text: string): boolean {
  if (/https?:\/\/\S+$/u.test(text)) return false;
  return /(?:\.\.\.|…)\s*(?:\S+\s*){0,3}$/u.test(text) || /\p{Ll}$/u.test(text);
}

export function repeatsDescription(first: PageLine, other: PageLine): boolean {
  const head = first.key.slice(0, SAME_DESCRIPTION);
  const otherHead = other.key.slice(0, SAME_DESCRIPTION);
  return (
    (head.length >= 20 && other.key.includes(head)) ||
    (otherHead.length >= 20 && first.key.includes(otherHead))
  );
}

function sameDescription(before: RecordDraft, record: RecordDraft): boolean {
  const first = before.body.find((line) => line.kind === "prose");
  const other = record.body.find((line) => line.kind === "prose");
  return first !== undefined && other !== undefined && repeatsDescription(first, other);
}

function wordsOf(lines: PageLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const word of line.words) words.add(word);
  return words;
}

function overlap(line: PageLine, words: Set<string>, df: Map<string, number>): number {
  let score = 0;
  for (const word of line.words) if (words.has(word)) score += 1 / (df.get(word) ?? 1);
  return score;
}

/**
 * The head line sharing the most (rare) words with the description; the line right above the
 * description has a head start, and wins ties.
 */
function chooseTitle(
  candidates: PageLine[],
  words: Set<string>,
  df: Map<string, number>,
  repeats: Map<string, number>,
  twice: Set<PageLine>,
): PageLine | null {
  let best: PageLine | null = null;
  let bestScore = -1;
  for (const [index, candidate] of candidates.entries()) {
    // A button printed elsewhere too ("Listen Later") gets no head start for being near.
    const button = (repeats.get(candidate.key) ?? 0) > 1 && candidate.text.split(/\s+/).length <= 3;
    const nearest = index === candidates.length - 1 && !button;
    const shared = overlap(candidate, words, df);
    // A heading printed twice in a row is the page's main heading: an episode page's title.
    const score = shared + (nearest ? NEAREST_BONUS : 0) + (twice.has(candidate) ? TWICE_BONUS : 0);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Characters of prose among these lines. */
function proseLength(lines: readonly PageLine[]): number {
  return lines.filter((line) => line.kind === "prose").reduce((sum, line) => sum + line.text.length, 0);
}

/** One short paragraph, no chapters, no link: a subtitle, a comment or a transcript line. */
function isSubtitle(record: RecordDraft): boolean {
  const only = record.body[0];
  return (
    record.body.length === 1 &&
    only !== undefined &&
    only.kind === "prose" &&
    only.text.length < TEMPLATE_MAX &&
    !/https?:\/\//.test(only.text) &&
    !holdsChapterList(only)
  );
}

/** "Tomás Reyes", "Maya L.": one to three capitalised words, no digits, as people sign. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(text);
}

/**
 * A reply's block: a bare name sharing no word with the text (or no name), a date or clock, and one
 * short paragraph.
 */
function isReplyShaped(record: Draft): boolean {
  return (
    !record.titleOnly &&
    isSubtitle(record) &&
    record.meta.length > 0 &&
    (record.titleLine === null || (record.titleScore === 0 && isPersonName(record.titleLine.text)))
  );
}

function hasChapters(record: RecordDraft): boolean {
  return record.body.some((line) => holdsChapterList(line));
}

/** A first record titled above untitled ones, or undated above dated ones, is the page header. */
function shapedUnlikeTheRest(first: RecordDraft, rest: RecordDraft[]): boolean {
  if (rest.length < 1) return false;
  if (first.title !== null && rest.every((record) => record.title === null)) return true;
  const dated = (record: RecordDraft) => record.meta.length > 0;
  return !dated(first) && rest.length >= 2 && rest.filter(dated).length * 4 >= rest.length * 3;
}

/**
 * A phrase of two or more words, starting with a capital, that two or more of the record's other
 * lines repeat and its description does not: "Kernel level TLS is an episode from …" + "You can
 * listen to Kernel level TLS …". Lines of the page's template (printed the same on every page) do
 * not count: they name the show.
 */
function titleFromMentions(record: Draft, span: PageLine[], runChrome: Set<PageLine>): string | null {
  const description = [...record.body, ...record.duplicates]
    .filter((line) => line.kind === "prose")
    .reduce((longest, line) => (line.key.length > longest.length ? line.key : longest), "");
  const others = span
    .filter((line) => !runChrome.has(line) && line.kind !== "chapter" && line.kind !== "url")
    .slice(0, 16);
  if (others.length < 2) return null;
  const counts = new Map<string, { text: string; lines: Set<number> }>();
  others.forEach((line, lineIndex) => {
    const tokens = line.text.split(/\s+/);
    for (let start = 0; start < tokens.length; start += 1) {
      if (!/^\p{Lu}/u.test(tokens[start]!)) continue;
      for (let length = 2; length <= 8 && start + length <= tokens.length; length += 1) {
        const text = tokens
          .slice(start, start + length)
          .join(" ")
          .replace(/[.,;:!?]+$/, "");
        const key = text.toLowerCase();
        const entry = counts.get(key) ?? { text, lines: new Set<number>() };
        entry.lines.add(lineIndex);
        counts.set(key, entry);
      }
    }
  });
  let best: { text: string; lines: number } | null = null;
  for (const entry of counts.values()) {
    if (entry.lines.size < 2 || description.includes(normalizeForCompare(entry.text))) continue;
    const better =
      !best ||
      entry.lines.size > best.lines ||
      (entry.lines.size === best.lines && entry.text.length > best.text.length);
    if (better) best = { text: entry.text, lines: entry.lines.size };
  }
  return best?.text ?? null;
}

/**
 * Short sentences the page prints around each episode with the episode's name in them ("You can
 * listen to X online on …"): most of their three-word sequences occur in other lines. Long
 * paragraphs (descriptions) and lines another line repeats whole (a teaser) are never counted.
 */
function templateLines(all: PageLine[], candidates: PageLine[]): Set<PageLine> {
  const shinglesOf = (line: PageLine) => {
    const words = line.key.split(" ");
    const result: string[] = [];
    for (let index = 0; index + 3 <= words.length; index += 1)
      result.push(words.slice(index, index + 3).join(" "));
    return result;
  };
  const checked = candidates.filter((line) => line.kind === "prose" && line.text.length <= TEMPLATE_MAX);
  // Only the three-word sequences of the lines checked are looked up in the rest of the page.
  const owners = new Map<string, PageLine[]>();
  const own = new Map<PageLine, string[]>();
  for (const line of checked) {
    const shingles = shinglesOf(line);
    own.set(line, shingles);
    for (const shingle of shingles) if (!owners.has(shingle)) owners.set(shingle, []);
  }
  if (owners.size === 0) return new Set();
  for (const line of all) {
    if (line.text.length > 2000) continue;
    const words = line.key.split(" ");
    for (let index = 0; index + 3 <= words.length; index += 1) {
      const list = owners.get(`${words[index]} ${words[index + 1]} ${words[index + 2]}`);
      if (list && list.length < 8 && list.at(-1) !== line) list.push(line);
    }
  }
  const found = new Set<PageLine>();
  for (const line of checked) {
    const shingles = own.get(line)!;
    if (shingles.length < 4) continue;
    const head = line.key.slice(0, SAME_DESCRIPTION);
    let shared = 0;
    for (const shingle of shingles) {
      const elsewhere = owners
        .get(shingle)!
        .some(
          (owner) =>
            owner !== line &&
            owner.key !== line.key &&
            !owner.key.includes(head) &&
            !line.key.includes(owner.key),
        );
      if (elsewhere) shared += 1;
    }
    if (shared * 2 >= shingles.length) found.add(line);
  }
  return found;
}

function whyChrome(line: PageLine, pageNames: Set<string>): string {
  if (pageNames.has(line.key)) return "the page's show name";
  if (line.kind === "stats") return "counts or ratings";
  if (line.kind === "meta") return "a date, duration or clock next to no episode";
  if (line.kind === "prose") return "a paragraph that is not an episode's description";
  if (line.kind === "url") return "a link outside any episode";
  return "a heading or button between episodes";
}

function dedupeChrome(chrome: ChromeLine[]): ChromeLine[] {
  const seen = new Set<number>();
  return chrome.filter((entry) => {
    if (seen.has(entry.line.number)) return false;
    seen.add(entry.line.number);
    return true;
  });
}

/** "title, date, description, chapters?, duration": the parts most records have, in order. */
function describeShape(records: RecordDraft[]): string {
  if (records.length === 0) return "no records";
  const share = (test: (record: Draft) => boolean) =>
    (records as Draft[]).filter(test).length / records.length;
  const part = (name: string, fraction: number) =>
    fraction === 0 ? null : fraction >= 0.75 ? name : `${name}?`;
  const metaKind = (lines: PageLine[]) =>
    lines.some((line) => (line.meta?.dates.length ?? 0) > 0)
      ? "date"
      : lines.some((line) => (line.meta?.durations.length ?? 0) > 0)
        ? "duration"
        : "meta";
  const pre = share((record) => record.pre.length > 0);
  const mid = share((record) => record.meta.length > record.pre.length + record.post.length);
  const post = share((record) => record.post.length > 0);
  const withPre = (records as Draft[]).find((record) => record.pre.length > 0);
  const withPost = (records as Draft[]).find((record) => record.post.length > 0);
  const parts = [
    part(withPre ? metaKind(withPre.pre) : "date", pre),
    part(
      "title",
      share((record) => record.title !== null),
    ),
    part("date/duration", mid),
    part(
      "description",
      share((record) => record.body.some((line) => line.kind === "prose")),
    ),
    part(
      "chapters",
      share((record) => hasChapters(record)),
    ),
    part(
      "links",
      share((record) => record.body.some((line) => line.kind === "url" || /https?:\/\//.test(line.text))),
    ),
    part(withPost ? metaKind(withPost.post) : "date", post),
  ];
  return parts.filter((value) => value !== null).join(", ");
}
