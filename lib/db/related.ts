// "Related episodes" without a taxonomy: episodes whose titles and chapter titles share the most
// distinctive words (TF-IDF weighted, cosine similarity). Pure; the query layer feeds it rows.

export type RelatedDocument = { key: string; title: string; chapterTitles: string[] };

// prettier-ignore
const STOPWORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "get", "gets", "got",
  "has", "have", "how", "i", "in", "into", "is", "it", "its", "just", "me", "my", "new", "of", "on", "or",
  "our", "so", "that", "the", "their", "them", "they", "this", "to", "up", "vs", "was", "we", "what",
  "when", "where", "which", "who", "why", "will", "with", "you", "your", "intro", "summary", "overview",
  "thoughts", "part", "deep", "dive", "show", "episode", "explained", "level", "using", "way", "ways", "make", "makes",
]);

/** Words ending in "s" that are not plurals. */
const NOT_PLURAL = new Set([
  "postgres",
  "redis",
  "kubernetes",
  "https",
  "always",
  "across",
  "status",
  "analysis",
]);

/**
 * terms("Postgres Locks, Deadlocks!") -> ["postgres", "lock", "deadlock"]. `ignored` adds words to
 * leave out: the catalog's show names, which run through many titles without saying what they are about.
 */
export function terms(text: string, ignored: ReadonlySet<string> = new Set()): string[] {
  return (text.toLowerCase().match(/[a-z0-9_+]+/g) ?? [])
    .filter((word) => word.length > 1 && !STOPWORDS.has(word) && !ignored.has(word) && !/^\d+$/.test(word))
    .map((word) =>
      word.length > 4 && /[^su]s$/.test(word) && !NOT_PLURAL.has(word) ? word.slice(0, -1) : word,
    );
}

function weights(document: RelatedDocument, ignored: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const term of terms(text, ignored)) counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  add(document.title, 3);
  for (const title of document.chapterTitles) add(title, 1);
  return counts;
}

/** The keys of up to `limit` documents most similar to `key`, best first (ties in input order). */
export function rankRelated(
  documents: RelatedDocument[],
  key: string,
  limit: number,
  ignored: ReadonlySet<string> = new Set(),
): string[] {
  const vectors = documents.map((document) => weights(document, ignored));
  const documentFrequency = new Map<string, number>();
  for (const vector of vectors) {
    for (const term of vector.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string) =>
    Math.log((documents.length + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const weighted = vectors.map((vector) => {
    const result = new Map<string, number>();
    for (const [term, count] of vector) result.set(term, count * idf(term));
    return result;
  });
  const norm = (vector: Map<string, number>) =>
    Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  const targetIndex = documents.findIndex((document) => document.key === key);
  if (targetIndex < 0) return [];
  const target = weighted[targetIndex]!;
  const targetNorm = norm(target);
  if (targetNorm === 0) return [];
  return weighted
    .map((vector, index) => {
      let dot = 0;
      for (const [term, value] of vector) dot += value * (target.get(term) ?? 0);
      const denominator = norm(vector) * targetNorm;
      return { index, score: denominator === 0 ? 0 : dot / denominator };
    })
    .filter((entry) => entry.index !== targetIndex && entry.score > 0.05)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => documents[entry.index]!.key);
}
