// The catalog as database rows: one list per table, in the order the import inserts them, with values in
// the encodings the Prisma adapter reads back (DateTime as ISO text, Json as JSON text). Pure: writing
// them, checking the file and swapping it in is lib/ingest/store/import.ts.
import type { Catalog, CatalogEpisode } from "@/lib/catalog/schema";
import { listOrder, showNeighbours } from "@/lib/ingest/episode-order";
import { rankRelated, showNameWords } from "@/lib/ingest/related";
import { searchRows } from "@/lib/ingest/search-rows";

export type Row = Record<string, unknown>;
export type TableRows = { table: string; rows: Row[] };

export type RowCounts = {
  episodes: number;
  chapters: number;
  links: number;
  crossLinks: number;
  sources: number;
  facts: number;
};

/** The adapter's DateTime text, as `migrate deploy` stores it: "2026-11-24T11:07:43.202+00:00". */
export function prismaTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function fail(message: string): never {
  throw new Error(message);
}

/** The stored text of an applied fact: the value the episode ended up with for that field. */
function factValue(episode: CatalogEpisode, field: string): string {
  const value =
    field === "officialTitle" || field === "title"
      ? episode.displayTitle
      : (episode as Record<string, unknown>)[field];
  if (value === undefined || value === null) {
    throw new Error(
      `episode ${episode.slug}: fact "${field}" is recorded as applied but the episode has no value for it`,
    );
  }
  return String(value);
}

/** Each episode's related episodes (lib/ingest/related.ts), ranked with ties in list order. */
function relatedRows(catalog: Catalog): Row[] {
  const order = listOrder(catalog.episodes);
  const ranked = rankRelated(
    order.map((index) => {
      const episode = catalog.episodes[index]!;
      return {
        show: episode.show,
        title: episode.displayTitle,
        chapterTitles: episode.chapters.map((chapter) => chapter.title),
      };
    }),
    // The shows' names run through many titles without saying what an episode is about.
    { ignored: showNameWords(catalog.shows.map((show) => show.name)) },
  );
  // Back from list order to catalog order (episode ids), so rows go in by id.
  const byIndex: number[][] = [];
  ranked.forEach((related, rank) => {
    byIndex[order[rank]!] = related.map((other) => order[other]!);
  });
  return byIndex.flatMap((related, index) =>
    related.map((other, position) => ({ episodeId: index + 1, position, relatedId: other + 1 })),
  );
}

/**
 * catalogRows(catalog, "3f9a…") -> { tables: [{ table: "Show", rows }, …, { table: "CatalogInfo", rows }], counts }
 * Ids are positions in the catalog (1, 2, …), so the same catalog always gives the same rows. Throws
 * when a link or a tag names an episode or topic the catalog does not have.
 */
export function catalogRows(catalog: Catalog, inputHash: string): { tables: TableRows[]; counts: RowCounts } {
  // Slugs are unique within a show; a cross-link always points into its own episode's show.
  const idBySlug = new Map(
    catalog.episodes.map((episode, index) => [`${episode.show}/${episode.slug}`, index + 1]),
  );
  const episodeId = (show: string, slug: string, from: string) => {
    const id = idBySlug.get(`${show}/${slug}`);
    if (id === undefined) throw new Error(`${from}: no episode with slug "${slug}" in show "${show}"`);
    return id;
  };
  const topicIdBySlug = new Map(catalog.topics.map((topic, index) => [topic.slug, index + 1]));
  const topicId = (slug: string, from: string) => {
    const id = topicIdBySlug.get(slug);
    if (id === undefined) throw new Error(`${from}: no topic "${slug}" in the taxonomy`);
    return id;
  };

  const showIdBySlug = new Map(catalog.shows.map((show, index) => [show.slug, index + 1]));
  const episodes = catalog.episodes.map((episode, index) => ({
    id: index + 1,
    showId: showIdBySlug.get(episode.show) ?? fail(`episode ${episode.slug}: no show "${episode.show}"`),
    slug: episode.slug,
    position: index + 1,
    sourceTitle: episode.title,
    title: episode.displayTitle,
    titleSource: episode.titleSource,
    description: episode.description,
    publishedAt:
      episode.publishedAt === null ? null : prismaTimestamp(new Date(`${episode.publishedAt}T00:00:00.000Z`)),
    publishedPrecision: episode.publishedPrecision,
    durationSeconds: episode.durationSeconds,
    durationPrecision: episode.durationPrecision,
    youtubeId: episode.youtubeId,
    youtubeIdConfidence: episode.youtubeIdConfidence,
    guid: episode.guid ?? null,
    link: episode.link ?? null,
    audioUrl: episode.audioUrl ?? null,
    audioType: episode.audioType ?? null,
    audioLength: episode.audioLength ?? null,
    chapterCount: episode.chapters.length,
  }));
  // Chapter ids are assigned here (1, 2, … in catalog order) so chapter topics can refer to them.
  const chapters = catalog.episodes.flatMap((episode, index) =>
    episode.chapters.map((chapter, position) => ({
      chapter: {
        episodeId: index + 1,
        position,
        startSeconds: chapter.start,
        title: chapter.title,
        subpoints: JSON.stringify(chapter.subpoints),
      },
      topics: chapter.topics,
      from: `chapter "${chapter.title}" of ${episode.slug}`,
    })),
  );
  const chapterTopics = chapters.flatMap(({ topics, from }, index) =>
    topics.map((slug) => ({ chapterId: index + 1, topicId: topicId(slug, from) })),
  );
  const episodeTopics = catalog.episodes.flatMap((episode, index) =>
    episode.topics.map((topic) => ({
      episodeId: index + 1,
      topicId: topicId(topic.slug, episode.slug),
      score: topic.score,
    })),
  );
  const links = catalog.episodes.flatMap((episode, index) =>
    episode.links.map((link, position) => ({
      episodeId: index + 1,
      position,
      url: link.url,
      kind: link.kind,
      label: link.label,
      youtubeId: link.youtubeId ?? null,
      startSeconds: link.startSeconds ?? null,
      targetEpisodeId:
        link.targetSlug === undefined
          ? null
          : episodeId(episode.show, link.targetSlug, `link ${link.url} of ${episode.slug}`),
    })),
  );
  const sources = catalog.episodes.flatMap((episode, index) =>
    episode.sources.map((source) => ({ episodeId: index + 1, file: source.file, line: source.line })),
  );
  const facts = catalog.episodes.flatMap((episode, index) =>
    Object.entries(episode.factSources).map(([field, source]) => ({
      episodeId: index + 1,
      field,
      value: factValue(episode, field),
      source,
    })),
  );
  const neighbours = showNeighbours(catalog.episodes).map(({ newer, older }, index) => ({
    episodeId: index + 1,
    newerId: newer === null ? null : newer + 1,
    olderId: older === null ? null : older + 1,
  }));
  const related = relatedRows(catalog);
  const search = searchRows(catalog);

  const tables: TableRows[] = [
    {
      table: "Show",
      rows: catalog.shows.map((show, index) => ({
        id: index + 1,
        slug: show.slug,
        name: show.name,
        author: show.author,
        description: show.description,
        artworkUrl: show.artworkUrl,
        feedUrl: show.feedUrl,
        youtubeChannel: show.youtubeChannel,
        // SQLite has no boolean: Prisma reads 0 and 1.
        isDefault: show.isDefault ? 1 : 0,
      })),
    },
    {
      table: "ShowLink",
      rows: catalog.shows.flatMap((show, index) =>
        show.links.map((link, position) => ({
          showId: index + 1,
          position,
          url: link.url,
          kind: link.kind,
          label: link.label,
        })),
      ),
    },
    { table: "Episode", rows: episodes },
    { table: "Chapter", rows: chapters.map(({ chapter }, index) => ({ id: index + 1, ...chapter })) },
    { table: "Link", rows: links },
    { table: "EpisodeSource", rows: sources },
    { table: "AppliedFact", rows: facts },
    {
      table: "Topic",
      rows: catalog.topics.map((topic, index) => ({ id: index + 1, position: index, ...topic })),
    },
    { table: "EpisodeTopic", rows: episodeTopics },
    { table: "ChapterTopic", rows: chapterTopics },
    { table: "EpisodeNeighbours", rows: neighbours },
    { table: "RelatedEpisode", rows: related },
    { table: "search_index", rows: search.rows },
    {
      table: "SearchTerm",
      rows: [...search.terms].map(([term, frequency]) => ({ term, frequency })),
    },
    {
      table: "CatalogInfo",
      rows: [
        {
          id: 1,
          inputHash,
          episodeCount: episodes.length,
          chapterCount: chapters.length,
          linkCount: links.length,
        },
      ],
    },
  ];
  return {
    tables,
    counts: {
      episodes: episodes.length,
      chapters: chapters.length,
      links: links.length,
      crossLinks: links.filter((link) => link.targetEpisodeId !== null).length,
      sources: sources.length,
      facts: facts.length,
    },
  };
}
