// Pure pipeline from source texts to the catalog: parse each file, merge episodes across files,
// apply the curated facts, name untitled episodes, assign slugs and cross-links. No I/O: callers
// read the files (lib/ingest/sources.ts) and write the result (lib/ingest/store/import.ts).
import { compileTopics, tagEpisode } from "@/lib/ingest/topics/tag";
import type { TopicRecord } from "@/lib/ingest/topics/taxonomy";
import { classifyLink, linkKey, NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";
import { normalizeForCompare } from "@/lib/catalog/text";
import { applyFacts, parseFacts, type AppliedFacts, type FactEntry } from "./facts";
import { mergeParsed, type MergedEpisode } from "./merge";
import type { ShowFile } from "./show-rules";
import { assignShows, type ShowEntry, type SourceClaim } from "./shows";
import { slugify, uniqueSlug } from "./slugs";
import { parseSource } from "./text";
import { parseFeed } from "./rss/feed";
import {
  catalogSchema,
  type Catalog,
  type CatalogEpisode,
  type CatalogShow,
  type Issue,
  type LinkRecord,
  type ParseResult,
  type ShowRecord,
  type TitleSource,
} from "@/lib/catalog/schema";

/**
 * One file of a sources folder: `*.txt` text dumps and `*.xml` RSS feeds are parsed; other files
 * (`*.json` podcast:chapters files) are only read when a feed refers to them. `file` is the path
 * inside its sources folder ("000_a.txt", "chapters/page-tables.json").
 */
export type SourceInput = { file: string; text: string };

/** parseInput({ file: "show.xml", text }, inputs, show) -> the feed's episodes; .txt -> parseSource. */
export function parseInput(
  input: SourceInput,
  all: SourceInput[],
  show: ShowLinkRules,
  showNames: readonly string[] = [],
): ParseResult | null {
  if (isFeedFile(input.file)) {
    const byPath = new Map(all.map((other) => [other.file, other.text]));
    return parseFeed(input.text, input.file, (relative) => byPath.get(relative) ?? null, show);
  }
  return isTextFile(input.file) ? parseSource(input.text, input.file, show, showNames) : null;
}

export const isFeedFile = (file: string) => /\.xml$/i.test(file);
export const isTextFile = (file: string) => /\.txt$/i.test(file);

/**
 * Each source file read with its show's rules and names: which show a file names is read first,
 * before the show's rules are known (a show without a data file has no rules, so that first reading
 * is already the final one). `readings[i]` is the result for `assignment.sources[i]`.
 */
export function readSources(
  inputs: SourceInput[],
  showFiles: ShowFile[],
  stated: ReadonlyMap<string, string> = new Map(),
): { assignment: ReturnType<typeof assignShows>; readings: (ParseResult | null)[] } {
  const parsable = inputs.filter((input) => isFeedFile(input.file) || isTextFile(input.file));
  const firstReading = new Map<string, ParseResult | null>();
  const claims: SourceClaim[] = parsable.map((input) => {
    const statedName = stated.get(input.file) ?? null;
    if (statedName !== null) return { file: input.file, stated: statedName, named: null };
    const result = parseInput(input, inputs, NO_SHOW_RULES);
    firstReading.set(input.file, result);
    const name = result?.show?.name ?? null;
    const by = isFeedFile(input.file) ? ("feed-channel" as const) : ("page-header" as const);
    return { file: input.file, stated: null, named: name === null ? null : { name, by } };
  });
  const assignment = assignShows(claims, showFiles);
  const entries = new Map(assignment.shows.map((entry) => [entry.slug, entry]));
  const readings = assignment.sources.map((source, index) => {
    const entry = entries.get(source.show)!;
    if (entry.file === null && firstReading.has(source.file)) return firstReading.get(source.file)!;
    const names = [entry.name, ...(entry.file?.aliases ?? [])];
    return parseInput(parsable[index]!, inputs, entry.file ?? NO_SHOW_RULES, names);
  });
  return { assignment, readings };
}

/** One show's part of the catalog while it is built. */
type ShowPart = {
  entry: ShowEntry;
  rules: ShowLinkRules;
  results: ParseResult[];
  facts: FactEntry[];
  factLines: number[];
};

/**
 * buildCatalog([{ file: "000.txt", text }], factsJsonText) -> { shows, episodes, issues, stats }
 * `factsText` is the content of data/episode-facts.json, or null when there is none; `taxonomy`
 * the parsed data/topics.json that episodes and chapters are tagged with; `showFiles` the shows' own
 * data (data/shows/), and `stated` the show stated for a source file at import (file -> show name).
 * Each file is read with its show's rules; merging, facts and cross-links stay within one show.
 */
export function buildCatalog(
  inputs: SourceInput[],
  factsText: string | null,
  factsFile = "episode-facts.json",
  taxonomy: TopicRecord[] = [],
  showFiles: ShowFile[] = [],
  stated: ReadonlyMap<string, string> = new Map(),
): Catalog {
  const { assignment, readings } = readSources(inputs, showFiles, stated);
  const factsParse =
    factsText === null ? { facts: [], lines: [], issues: [] } : parseFacts(factsText, factsFile);

  const parts: ShowPart[] = assignment.shows.map((entry) => ({
    entry,
    rules: entry.file ?? NO_SHOW_RULES,
    results: [],
    facts: [],
    factLines: [],
  }));
  const partOf = new Map(parts.map((part) => [part.entry.slug, part]));
  const defaultPart = parts[0]!;
  assignment.sources.forEach((source, index) => {
    const result = readings[index];
    if (result) partOf.get(source.show)!.results.push(result);
  });
  const factIssues: Issue[] = [];
  factsParse.facts.forEach((fact, index) => {
    const part = fact.show === undefined ? defaultPart : partOf.get(fact.show);
    if (!part) {
      factIssues.push({
        file: factsFile,
        line: factsParse.lines[index] ?? 0,
        severity: "warning",
        code: "fact-unmatched",
        message: `fact "${fact.title}" is about show "${fact.show}", which the catalog does not have`,
      });
      return;
    }
    part.facts.push(fact);
    part.factLines.push(factsParse.lines[index] ?? 0);
  });

  const results = parts.flatMap((part) => part.results);
  const merges = parts.map((part) => mergeParsed(part.results, (episode) => factTitles(part.facts, episode)));
  const issues: Issue[] = [
    ...results.flatMap((result) => result.issues),
    ...merges.flatMap((merged) => merged.issues),
  ];
  issues.push(...factsParse.issues, ...factIssues);
  const compiledTopics = compileTopics(taxonomy);
  let factsApplied = 0;
  let factsRejected = 0;
  const episodes: CatalogEpisode[] = [];
  const shows = parts.map((part, partIndex): CatalogShow => {
    const { entry, rules } = part;
    const merged = merges[partIndex]!;
    const enriched = applyFacts(part.facts, merged.episodes, factsFile, part.factLines);
    issues.push(...enriched.issues);
    factsApplied += enriched.appliedCount;
    factsRejected += enriched.rejectedCount;
    const courseHosts = hostsLabelledAsCourses(merged.episodes);
    // Slugs are unique within a show (pages live at /shows/<show>/<slug>): another show's episode of
    // the same title never changes this show's slugs.
    const usedSlugs = new Set<string>();
    const showEpisodes = merged.episodes.map((episode, index): CatalogEpisode => {
      const facts = enriched.applied[index]!;
      const { displayTitle, titleSource } = chooseTitle(episode, facts);
      const tags = tagEpisode({ ...episode, title: displayTitle }, compiledTopics, rules.promoPhrases);
      return {
        slug: uniqueSlug(slugify(stripShowSuffix(displayTitle, entry.name)), usedSlugs),
        show: entry.slug,
        title: episode.title,
        displayTitle,
        titleSource,
        description: episode.description,
        chapters: episode.chapters.map((chapter, position) => ({
          ...chapter,
          topics: tags.chapterTopics[position] ?? [],
        })),
        topics: tags.topics,
        links: episode.links.map((link) => relabelCourse(link, courseHosts)),
        sources: episode.sources,
        // Curated facts (calendar days) win; else a feed's or a page's date, as precise as it says.
        ...(facts.publishedAt !== null
          ? { publishedAt: facts.publishedAt, publishedPrecision: "day" as const }
          : { publishedAt: episode.publishedAt, publishedPrecision: episode.publishedPrecision }),
        ...(facts.durationSeconds !== null
          ? { durationSeconds: facts.durationSeconds, durationPrecision: facts.durationPrecision }
          : { durationSeconds: episode.durationSeconds, durationPrecision: episode.durationPrecision }),
        youtubeId: facts.youtubeId,
        youtubeIdConfidence: facts.youtubeIdConfidence,
        guid: episode.guid,
        link: episode.link,
        audioUrl: episode.audio?.url ?? null,
        audioType: episode.audio?.type ?? null,
        audioLength: episode.audio?.length ?? null,
        factSources: facts.factSources,
      };
    });
    linkEpisodesToEachOther(showEpisodes, titleKeyer(entry.name, entry.file));
    episodes.push(...showEpisodes);
    return showRecord(entry, merged.show, rules);
  });

  return catalogSchema.parse({
    shows,
    sourceShows: assignment.sources.map((source, index) => {
      const reading = readings[index];
      if (!reading) return source;
      return {
        ...source,
        layout: reading.layout,
        recordShape: reading.recordShape ?? null,
        episodes: reading.episodes.length,
        chromeLines: reading.boilerplateLines,
      };
    }),
    topics: taxonomy.map(({ slug, name, description }) => ({ slug, name, description })),
    episodes,
    issues,
    stats: {
      files: results.length,
      parsedEpisodes: results.reduce((sum, result) => sum + result.episodes.length, 0),
      mergedDuplicates: merges.reduce((sum, merged) => sum + merged.mergedDuplicates, 0),
      boilerplateLines: results.reduce((sum, result) => sum + result.boilerplateLines, 0),
      factsApplied,
      factsRejected,
    },
  });
}

/** The show as the catalog gives it: its data file wins; what its sources say fills the rest. */
function showRecord(entry: ShowEntry, sources: ShowRecord, rules: ShowLinkRules): CatalogShow {
  const file = entry.file;
  const channel = file?.youtubeChannel ?? null;
  return {
    slug: entry.slug,
    name: entry.name,
    author: file?.host ?? sources.author,
    description: file?.description ?? sources.description,
    links: withChannel(file?.links ?? sources.links, channel, rules),
    artworkUrl: file?.artworkUrl ?? sources.artworkUrl ?? null,
    feedUrl: file?.feedUrl ?? null,
    youtubeChannel: channel,
    isDefault: entry.isDefault,
  };
}

/** The titles the facts give an untitled episode (matched by the start of its description). */
function factTitles(facts: FactEntry[], episode: MergedEpisode): string[] {
  const description = normalizeForCompare(episode.description);
  return facts
    .filter(
      (fact) => fact.descriptionStart && description.startsWith(normalizeForCompare(fact.descriptionStart)),
    )
    .flatMap((fact) => [fact.title, fact.facts.officialTitle ?? fact.title, ...(fact.alsoTitled ?? [])]);
}

function chooseTitle(
  episode: MergedEpisode,
  facts: AppliedFacts,
): { displayTitle: string; titleSource: TitleSource } {
  if (episode.title) return { displayTitle: episode.title, titleSource: "source" };
  if (facts.officialTitle) return { displayTitle: facts.officialTitle, titleSource: "facts" };
  return { displayTitle: deriveTitle(episode.description), titleSource: "derived" };
}

/** deriveTitle("In this video I introduce 5 patterns. Each …") -> "In this video I introduce 5 patterns" */
export function deriveTitle(description: string, maxLength = 60): string {
  const firstSentence =
    description
      .split(/(?<=[.!?])\s|\n/)[0]
      ?.replace(/[.!?]+$/, "")
      .trim() ?? "";
  if (!firstSentence) return "Untitled episode";
  if (firstSentence.length <= maxLength) return firstSentence;
  const clipped = firstSentence.slice(0, maxLength + 1);
  const cut = clipped.lastIndexOf(" ");
  const head = (cut > 20 ? clipped.slice(0, cut) : clipped.slice(0, maxLength))
    .replace(/(\s+(a|an|and|the|of|for|to|in|on|with|or|by|at|from))+$/i, "")
    .replace(/[\s,;:–-]+$/, "");
  return `${head}…`;
}

/** "How Alt-Svc switches … | The Backend Engineering Show" -> "How Alt-Svc switches …" (for slugs). */
function stripShowSuffix(title: string, showName: string): string {
  const [head, ...rest] = title.split(/\s+\|\s+/);
  if (!head || rest.length === 0) return title;
  const tail = normalizeForCompare(rest.join(" "));
  return normalizeForCompare(showName).startsWith(tail) ? head : title;
}

/** Hosts that some episode labels as a course ("Fundamentals of … Course https://oscourse.win"). */
function hostsLabelledAsCourses(episodes: MergedEpisode[]): Set<string> {
  const hosts = new Set<string>();
  for (const link of episodes.flatMap((episode) => episode.links)) {
    if (link.kind === "course" && link.label) hosts.add(new URL(link.url).hostname.replace(/^www\./, ""));
  }
  return hosts;
}

function relabelCourse(link: LinkRecord, courseHosts: Set<string>): LinkRecord {
  if (link.kind !== "reference") return link;
  const host = new URL(link.url).hostname.replace(/^www\./, "");
  return courseHosts.has(host) ? { ...link, kind: "course" } : link;
}

/** The show's links, with the channel its rules name when no source gives it. */
function withChannel(links: LinkRecord[], channel: string | null, rules: ShowLinkRules): LinkRecord[] {
  if (channel === null || links.some((link) => linkKey(link.url) === linkKey(channel))) return links;
  return [...links, { url: channel, kind: classifyLink(channel, null, rules), label: null }];
}

/**
 * What names the episode in a title: the title without the show's name (as the sources and its rules
 * write it) and the words its rules say decorate titles ("| Deep Dive").
 */
function titleKeyer(showName: string, show: ShowFile | null): (title: string) => string {
  const source = normalizeForCompare(showName);
  // Longest first, so "a deep dive" goes before "deep dive" can leave its "a" behind. Normalised text
  // is letters, digits and spaces only: safe inside a pattern as it is.
  const decorations = [...(show?.titleDecorations ?? []), ...(show ? [show.name, ...show.aliases] : [])]
    .map(normalizeForCompare)
    .sort((a, b) => b.length - a.length)
    .map((words) => new RegExp(`\\b${words}\\b`, "g"));
  return (title) => {
    let key = normalizeForCompare(title);
    if (source) key = key.replace(source, " ");
    for (const decoration of decorations) key = key.replace(decoration, " ");
    return key.replace(/\s+/g, " ").trim();
  };
}

/**
 * A YouTube link whose video is another episode's, or whose label names another episode
 * ("How Discord Stores Trillions of Messages | Deep Dive"), becomes a cross-link to it.
 */
function linkEpisodesToEachOther(episodes: CatalogEpisode[], titleKey: (title: string) => string) {
  const byVideo = new Map(
    episodes.filter((episode) => episode.youtubeId).map((episode) => [episode.youtubeId!, episode]),
  );
  const byTitle = new Map(episodes.map((episode) => [titleKey(episode.displayTitle), episode]));
  for (const episode of episodes) {
    episode.links = episode.links.map((link) => {
      if (link.kind !== "youtube") return link;
      const target =
        (link.youtubeId ? byVideo.get(link.youtubeId) : undefined) ??
        (link.label ? byTitle.get(titleKey(link.label)) : undefined);
      return target && target !== episode ? { ...link, targetSlug: target.slug } : link;
    });
  }
}
