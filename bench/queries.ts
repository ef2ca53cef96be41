// The fixed query set of the search benchmark, and the naive baseline it is compared with: the same
// words matched with LIKE '%word%' over episode titles/descriptions and chapter titles/sub-points.
import Database from "better-sqlite3";
import { parseQuery } from "@/lib/search/query-text";

export type BenchQuery = { kind: string; query: string };

export const benchQueries: BenchQuery[] = [
  { kind: "word", query: "tlb" },
  { kind: "word", query: "postgres" },
  { kind: "word", query: "kernel" },
  { kind: "word", query: "database" },
  { kind: "multi-word", query: "postgres locks" },
  { kind: "multi-word", query: "io uring" },
  { kind: "multi-word", query: "linux kernel memory" },
  { kind: "prefix", query: "postg" },
  { kind: "prefix", query: "kern" },
  { kind: "prefix", query: "conn" },
  { kind: "phrase", query: '"page fault"' },
  { kind: "phrase", query: '"accept queue"' },
  { kind: "typo", query: "postgress" },
  { kind: "typo", query: "kernal" },
  { kind: "typo", query: "conection" },
  { kind: "compound", query: "io_uring" },
  { kind: "compound", query: "http/2" },
  { kind: "compound", query: "tls_hw" },
  { kind: "common", query: "the" },
  { kind: "common", query: "and" },
  { kind: "common", query: "how" },
  { kind: "common", query: "summary" },
  { kind: "common", query: "intro" },
  { kind: "zero-hit", query: "zqxjvw" },
];

export type LikeResult = { total: number; episodes: number; chapters: number };

/** "io_uring" -> "%io\_uring%": LIKE's own wildcards in the words are matched literally. */
function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The naive search a catalog would start with: every word (or quoted phrase) must occur in the row,
 * case-insensitively, anywhere; episodes in catalog order, first 20 with their matching chapters,
 * plus the number of matching episodes (the FTS search reports it too). No ranking, no typo fixes.
 */
export function createLikeSearch(dbPath: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const statements = new Map<number, Database.Statement>();
  const statementFor = (count: number) => {
    const cached = statements.get(count);
    if (cached) return cached;
    const all = (columns: [string, string]) =>
      Array.from(
        { length: count },
        (_, index) =>
          `(${columns[0]} LIKE @w${index} ESCAPE '\\' OR ${columns[1]} LIKE @w${index} ESCAPE '\\')`,
      ).join(" AND ");
    const statement = db.prepare(`
      WITH hits AS MATERIALIZED (
        SELECT "id" AS episodeId, NULL AS startSeconds FROM "Episode" WHERE ${all(['"title"', '"description"'])}
        UNION ALL
        SELECT "episodeId", "startSeconds" FROM "Chapter" WHERE ${all(['"title"', '"subpoints"'])}
      ),
      page AS (SELECT DISTINCT episodeId FROM hits ORDER BY episodeId LIMIT 20)
      SELECT (SELECT count(DISTINCT episodeId) FROM hits) AS total, e."slug", e."title", h.startSeconds
      FROM hits h JOIN page USING (episodeId) JOIN "Episode" e ON e."id" = h.episodeId
      ORDER BY h.episodeId, h.startSeconds`);
    statements.set(count, statement);
    return statement;
  };
  return {
    search(query: string): LikeResult {
      const parsed = parseQuery(query);
      const words = [...parsed.terms, ...parsed.phrases.map((phrase) => phrase.join(" "))];
      if (words.length === 0) return { total: 0, episodes: 0, chapters: 0 };
      const patterns = Object.fromEntries(words.map((word, index) => [`w${index}`, likePattern(word)]));
      const rows = statementFor(words.length).all(patterns) as {
        total: number;
        slug: string;
        startSeconds: number | null;
      }[];
      return {
        total: rows[0]?.total ?? 0,
        episodes: new Set(rows.map((row) => row.slug)).size,
        chapters: rows.filter((row) => row.startSeconds !== null).length,
      };
    },
    close: () => db.close(),
  };
}
