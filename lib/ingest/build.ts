// Pure pipeline from source texts to the catalog: parse each file, merge episodes across files,
// apply the curated facts, name untitled episodes, assign slugs and cross-links. No I/O: callers
// read the files (lib/ingest/sources.ts) and write the result (lib/ingest/store/import.ts).
import { compileTopics, tagEpisode } from "@/lib/ingest/topics/tag";
import type { TopicRecord } from "@/lib/ingest/topics/taxonomy";
import { classifyLink, linkKey, NO_SHOW_RULES, type ShowLinkRules } from "@/lib/catalog/links";
import { normalizeForCompare } from "@/lib/catalog/text";
import { applyFacts, parseFacts, type AppliedFacts, type FactEntry } from "./facts";
import { mergeParsed, type MergedEpisode } from "./merge";
import type { ShowRules } from "./show-rules";
import { parseSource } from "./text";
import { parseFeed } from "./rss/feed";
import {
  catalogSchema,
  type Catalog,
  type CatalogEpisode,
  type Issue,
  type LinkRecord,
  type ParseResult,
  type TitleSource,
} from "@/lib/catalog/schema";

/**
 * One file of a sources folder: `*.txt` text dumps and `*.xml` RSS feeds are parsed; other files
 * (`*.json` podcast:chapters files) are only read when a feed refers to them. `file` is the path
 * inside its sources folder ("000_a.txt", "chapters/page-tables.json").
 */
export type SourceInput = { file: string; text: string };

/** parseInput({ file: "show.xml", text }, inputs, show) -> the feed's episodes; .txt -> parseSource. */
export function parseInput(input: SourceInput, all: SourceInput[], show: ShowLinkRules): ParseResult | null {
  if (isFeedFile(input.file)) {
    const byPath = new Map(all.map((other) => [other.file, other.text]));
    return parseFeed(input.text, input.file, (relative) => byPath.get(relative) ?? null, show);
  }
  return isTextFile(input.file) ? parseSource(input.text, input.file, show) : null;
}

export const isFeedFile = (file: string) => /\.xml$/i.test(file);
export const isTextFile = (file: string) => /\.txt$/i.test(file);

/**
 * buildCatalog([{ file: "000.txt", text }], factsJsonText) -> { show, episodes, issues, stats }
 * `factsText` is the content of data/episode-facts.json, or null when there is none; `taxonomy`
 * the parsed data/topics.json that episodes and chapters are tagged with; `show` the show's own
 * rules (data/shows/), or null to read the sources with the rules true of any show.
 */
export function buildCatalog(
  inputs: SourceInput[],
  factsText: string | null,
  factsFile = "episode-facts.json",
  taxonomy: TopicRecord[] = [],
  show: ShowRules | null = null,
): Catalog {
  const rules = show ?? NO_SHOW_RULES;
  const results = inputs
    .map((input) => parseInput(input, inputs, rules))
    .filter((result): result is ParseResult => result !== null);
  const factsParse =
    factsText === null ? { facts: [], lines: [], issues: [] } : parseFacts(factsText, factsFile);
  const merged = mergeParsed(results, (episode) => factTitles(factsParse.facts, episode));
  const issues: Issue[] = [...results.flatMap((result) => result.issues), ...merged.issues];
  issues.push(...factsParse.issues);
  const enriched = applyFacts(factsParse.facts, merged.episodes, factsFile, factsParse.lines);
  issues.push(...enriched.issues);

  const courseHosts = hostsLabelledAsCourses(merged.episodes);
  const compiledTopics = compileTopics(taxonomy);
  const showName = merged.show.name;
  const usedSlugs = new Set<string>();
  const episodes: CatalogEpisode[] = merged.episodes.map((episode, index) => {
    const facts = enriched.applied[index]!;
    const { displayTitle, titleSource } = chooseTitle(episode, facts);
    const tags = tagEpisode({ ...episode, title: displayTitle }, compiledTopics, rules.promoPhrases);
    return {
      slug: uniqueSlug(slugify(stripShowSuffix(displayTitle, showName)), usedSlugs),
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
      // Curated facts win; what a feed or a dated list says fills the gaps.
      publishedAt: facts.publishedAt ?? episode.publishedAt,
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
  linkEpisodesToEachOther(episodes, titleKeyer(showName, show));

  return catalogSchema.parse({
    show: {
      ...merged.show,
      name: merged.show.name ?? "Untitled show",
      links: withChannel(merged.show.links, show?.youtubeChannel ?? null, rules),
    },
    topics: taxonomy.map(({ slug, name, description }) => ({ slug, name, description })),
    episodes,
    issues,
    stats: {
      files: results.length,
      parsedEpisodes: results.reduce((sum, result) => sum + result.episodes.length, 0),
      mergedDuplicates: merged.mergedDuplicates,
      boilerplateLines: results.reduce((sum, result) => sum + result.boilerplateLines, 0),
      factsApplied: enriched.appliedCount,
      factsRejected: enriched.rejectedCount,
    },
  });
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
function stripShowSuffix(title: string, showName: string | null): string {
  const [head, ...rest] = title.split(/\s+\|\s+/);
  if (!head || rest.length === 0 || !showName) return title;
  const tail = normalizeForCompare(rest.join(" "));
  return normalizeForCompare(showName).startsWith(tail) ? head : title;
}

/** slugify("Cloudflare's 150ms global cache purge | Deep Dive") -> "cloudflares-150ms-global-cache-purge-deep-dive" */
export function slugify(title: string, maxLength = 72): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= maxLength) return base || "episode";
  const clipped = base.slice(0, maxLength + 1);
  return clipped
    .slice(0, clipped.lastIndexOf("-") > 20 ? clipped.lastIndexOf("-") : maxLength)
    .replace(/-+$/, "");
}

function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
  used.add(candidate);
  return candidate;
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
function titleKeyer(showName: string | null, show: ShowRules | null): (title: string) => string {
  const source = showName ? normalizeForCompare(showName) : null;
  // Longest first, so "a deep dive" goes before "deep dive" can leave its "a" behind. Normalised text
  // is letters, digits and spaces only: safe inside a pattern as it is.
  const decorations = [...(show?.titleDecorations ?? []), ...(show ? [show.name] : [])]
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
