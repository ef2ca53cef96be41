// Full-text search over the catalog: FTS5 (search_index) ranked with bm25, titles and chapter
// titles weighted above description text, hits grouped by episode with the matching chapters as
// moments. Takes the Prisma client as a parameter so pages, the API and the benchmark share it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { withoutUrls } from "./index-rows";
import { formatQuery, parseQuery, toMatchExpression, type ParsedQuery } from "./query-text";
import { buildVocabulary, correctWord, type Vocabulary } from "./suggest";

export type Highlighted = { text: string; marked: boolean }[];

export type ChapterHit = {
  startSeconds: number;
  title: Highlighted;
  snippet: Highlighted | null;
  url: string;
};

export type SearchHit = {
  slug: string;
  title: string;
  url: string;
  /** Higher is better (negated bm25 of the best row). */
  score: number;
  snippet: Highlighted;
  topics: { slug: string; name: string }[];
  publishedAt: Date | null;
  durationSeconds: number | null;
  youtubeId: string | null;
  chapters: ChapterHit[];
};

export type SearchRequest = {
  query: string;
  topic?: string | null;
  sort?: "relevance" | "date";
  limit?: number;
  page?: number;
};

export type SearchResponse = {
  /** The query as understood (normalised), or the corrected one when `corrected` is set. */
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchHit[];
  /** A spelling the catalog knows, when some words of the query matched nothing. */
  suggestion?: string;
  /** True when the results are for `suggestion` because the query as typed found nothing. */
  corrected?: boolean;
};

/** bm25 weights per column: title, chapter_title, body, variants. */
const WEIGHTS = Prisma.sql`10.0, 8.0, 1.0, 2.0`;
/** Rows ranked per query before grouping by episode: enough for the first pages of results. */
const ROW_LIMIT = 400;
const OPEN = "\u0001";
const CLOSE = "\u0002";

type Row = {
  kind: string;
  episode_id: bigint | number;
  chapter_start: bigint | number | null;
  score: number;
  title_hl: string;
  chapter_hl: string;
  body_snip: string;
};

/** "a \u0001b\u0002 c" -> [{ text: "a ", marked: false }, { text: "b", marked: true }, { text: " c", … }] */
export function toHighlighted(value: string): Highlighted {
  const parts: Highlighted = [];
  let marked = false;
  for (const piece of value.split(/([\u0001\u0002])/)) {
    if (piece === OPEN) marked = true;
    else if (piece === CLOSE) marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}

/** Highlighted text as HTML: data escaped, matches in <mark>. For the JSON API's "snippet" fields. */
export function toMarkedHtml(value: Highlighted): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return value
    .map((part) => (part.marked ? `<mark>${escape(part.text)}</mark>` : escape(part.text)))
    .join("");
}

const vocabularies = new WeakMap<object, { hash: string; vocabulary: Vocabulary }>();

/** The catalog's vocabulary, loaded once per client and catalog (the import changes the hash). */
async function vocabularyOf(client: PrismaClient): Promise<Vocabulary> {
  const info = await client.catalogInfo.findFirst({ select: { inputHash: true } });
  const hash = info?.inputHash ?? "";
  const cached = vocabularies.get(client);
  if (cached && cached.hash === hash) return cached.vocabulary;
  const vocabulary = buildVocabulary(
    await client.searchTerm.findMany({ select: { term: true, frequency: true } }),
  );
  vocabularies.set(client, { hash, vocabulary });
  return vocabulary;
}

async function rankedRows(client: PrismaClient, match: string, topicId: number | null): Promise<Row[]> {
  const topicFilter =
    topicId === null
      ? Prisma.empty
      : Prisma.sql`AND episode_id IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${topicId})`;
  return client.$queryRaw<Row[]>`
    SELECT kind, episode_id, chapter_start,
           bm25(search_index, ${WEIGHTS}) AS score,
           highlight(search_index, 0, ${OPEN}, ${CLOSE}) AS title_hl,
           highlight(search_index, 1, ${OPEN}, ${CLOSE}) AS chapter_hl,
           snippet(search_index, 2, ${OPEN}, ${CLOSE}, '…', 18) AS body_snip
    FROM search_index
    WHERE search_index MATCH ${match} ${topicFilter}
    ORDER BY score
    LIMIT ${ROW_LIMIT}`;
}

async function countEpisodes(client: PrismaClient, match: string, topicId: number | null): Promise<number> {
  const topicFilter =
    topicId === null
      ? Prisma.empty
      : Prisma.sql`AND episode_id IN (SELECT "episodeId" FROM "EpisodeTopic" WHERE "topicId" = ${topicId})`;
  const [row] = await client.$queryRaw<{ total: bigint | number }[]>`
    SELECT count(DISTINCT episode_id) AS total FROM search_index
    WHERE search_index MATCH ${match} ${topicFilter}`;
  return Number(row?.total ?? 0);
}

type Grouped = { episodeId: number; score: number; episodeSnippet: string | null; chapters: Row[] };

/** The body's best fragment when the words are there, else the title (the variants column never shows). */
function episodeSnippet(row: Row): string {
  if (row.body_snip.includes(OPEN)) return row.body_snip;
  if (row.title_hl.includes(OPEN)) return row.title_hl;
  return row.body_snip;
}

function groupByEpisode(rows: Row[]): Grouped[] {
  const groups = new Map<number, Grouped>();
  for (const row of rows) {
    const episodeId = Number(row.episode_id);
    const group = groups.get(episodeId) ?? {
      episodeId,
      score: -row.score,
      episodeSnippet: null,
      chapters: [],
    };
    group.score = Math.max(group.score, -row.score);
    if (row.kind === "e") group.episodeSnippet ??= episodeSnippet(row);
    else group.chapters.push(row);
    groups.set(episodeId, group);
  }
  return [...groups.values()];
}

async function runSearch(
  client: PrismaClient,
  parsed: ParsedQuery,
  request: Required<Omit<SearchRequest, "topic">> & { topicId: number | null },
) {
  const match = toMatchExpression(parsed);
  if (!match) return { total: 0, groups: [] as Grouped[] };
  const [rows, total] = await Promise.all([
    rankedRows(client, match, request.topicId),
    countEpisodes(client, match, request.topicId),
  ]);
  return { total, groups: groupByEpisode(rows) };
}

/**
 * searchCatalog(db, { query: "tlb" }) -> { total: 1, results: [{ slug: "page-tables", chapters: [{ startSeconds: 1980, … }] }] }
 * Any input is safe: it is parsed into quoted FTS5 terms; nothing the visitor types reaches SQL as syntax.
 */
export async function searchCatalog(client: PrismaClient, request: SearchRequest): Promise<SearchResponse> {
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 20)), 50);
  const page = Math.max(1, Math.floor(request.page ?? 1));
  const sort = request.sort ?? "relevance";
  const topic = request.topic
    ? await client.topic.findUnique({ where: { slug: request.topic }, select: { id: true } })
    : null;
  if (request.topic && !topic) return { query: request.query, total: 0, page: 1, pageCount: 1, results: [] };
  const options = { limit, page, sort, query: request.query, topicId: topic?.id ?? null };

  let parsed = parseQuery(request.query);
  let { total, groups } = await runSearch(client, parsed, options);
  let suggestion: string | undefined;
  let corrected = false;

  const vocabulary = await vocabularyOf(client);
  const correctedTerms = parsed.terms.map((term) => correctWord(term, vocabulary) ?? term);
  if (correctedTerms.some((term, index) => term !== parsed.terms[index])) {
    const alternative = { ...parsed, terms: correctedTerms };
    suggestion = formatQuery(alternative);
    if (total === 0) {
      parsed = alternative;
      ({ total, groups } = await runSearch(client, parsed, options));
      corrected = total > 0;
    }
  }

  const episodes = await client.episode.findMany({
    where: { id: { in: groups.map((group) => group.episodeId) } },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      publishedAt: true,
      durationSeconds: true,
      youtubeId: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { score: "desc" } },
    },
  });
  const byId = new Map(episodes.map((episode) => [episode.id, episode]));
  const ordered = [...groups].sort((a, b) => {
    if (sort === "date") {
      const dateA = byId.get(a.episodeId)?.publishedAt?.getTime() ?? -Infinity;
      const dateB = byId.get(b.episodeId)?.publishedAt?.getTime() ?? -Infinity;
      if (dateA !== dateB) return dateB - dateA;
    }
    return b.score - a.score || a.episodeId - b.episodeId;
  });
  const pageCount = Math.max(1, Math.ceil(Math.min(total, groups.length) / limit));
  const current = Math.min(page, pageCount);
  const results = ordered.slice((current - 1) * limit, current * limit).flatMap((group): SearchHit[] => {
    const episode = byId.get(group.episodeId);
    if (!episode) return [];
    const url = `/episodes/${episode.slug}`;
    return [
      {
        slug: episode.slug,
        title: episode.title,
        url,
        score: Math.round(group.score * 1000) / 1000,
        snippet: group.episodeSnippet
          ? toHighlighted(group.episodeSnippet)
          : [{ text: plainStart(episode.description), marked: false }],
        topics: episode.topics.map(({ topic }) => topic),
        publishedAt: episode.publishedAt,
        durationSeconds: episode.durationSeconds,
        youtubeId: episode.youtubeId,
        chapters: group.chapters
          .map((row) => {
            const startSeconds = Number(row.chapter_start ?? 0);
            const title = toHighlighted(row.chapter_hl);
            const titleMatched = title.some((part) => part.marked);
            return {
              startSeconds,
              title,
              snippet: titleMatched || !row.body_snip.includes(OPEN) ? null : toHighlighted(row.body_snip),
              url: `${url}?t=${startSeconds}`,
            };
          })
          .sort((a, b) => a.startSeconds - b.startSeconds),
      },
    ];
  });
  return {
    query: formatQuery(parsed),
    total,
    page: current,
    pageCount,
    results,
    ...(suggestion ? { suggestion } : {}),
    ...(corrected ? { corrected } : {}),
  };
}

function plainStart(description: string): string {
  const text = description
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 160 ? `${text.slice(0, text.lastIndexOf(" ", 160))}…` : text;
}
