// "Related episodes" without a taxonomy, ranked once per import: episodes whose titles and chapter
// titles share the most distinctive words (TF-IDF weighted, cosine similarity). Pure; store/rows.ts
// writes the result into RelatedEpisode and the site only reads those rows.

export type RelatedDocument = { show: string; title: string; chapterTitles: string[] };

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

/** showNameWords(["The Backend Engineering Show"]) -> Set { "the", "backend", "engineering", "show" } */
export function showNameWords(names: string[]): Set<string> {
  return new Set(names.flatMap((name) => name.toLowerCase().match(/[a-z0-9_+]+/g) ?? []));
}

/** How many related episodes the import stores per episode. */
export const RELATED_LIMIT = 4;

/** Episodes scoring this or less (cosine) are not related. */
const MIN_SCORE = 0.05;

/**
 * How many entries of posting lists one document reads to find its candidates in its own show, and
 * as many again in the other shows. Its terms' lists are read most distinctive term first and, within
 * a list, the documents the term weighs most in first. A document whose terms are in this many
 * documents or fewer, summed over its terms (every episode of the seed catalog), is compared with every
 * document sharing a term: its ranking is exact. Beyond, the work per document stays bounded, so the
 * whole ranking is near-linear in the catalog's size, and it is compared with the likeliest ones.
 * Measured on bench/synthetic.ts's 100,000 episodes (one show and the seed's ~500 words, so every
 * posting list is hundreds to 22,000 long), on 2 cores: 3.5 s. For 200 sampled episodes the episodes
 * picked score, summed, 92% of what an exhaustive comparison picks; 77 get exactly its ranking (that
 * catalog is full of equal scores, which the exhaustive ranking gives to the newest copies).
 */
export const CANDIDATE_BUDGET = 256;

/**
 * Scores are compared rounded to 9 decimals: equal scores then tie (input order decides) whatever
 * order the floating-point sums ran in.
 */
const SCORE_SCALE = 1e9;

type Ranked = { index: number; score: number };

/** Inserts into a list kept best first (score, then input order), at most `limit` long. */
function keepBest(best: Ranked[], index: number, score: number, limit: number) {
  let at = best.length;
  for (let previous = best[at - 1]; previous; previous = best[at - 1]) {
    if (previous.score > score || (previous.score === score && previous.index < index)) break;
    at -= 1;
  }
  if (at >= limit) return;
  best.splice(at, 0, { index, score });
  if (best.length > limit) best.pop();
}

/**
 * Each document's terms with their TF-IDF weights divided by the vector's length (so a dot product is
 * the cosine), heaviest first. One flat array for all: document i's entries are start[i] .. start[i + 1] - 1.
 */
function unitVectors(documents: RelatedDocument[], ignored: ReadonlySet<string>) {
  const termIds = new Map<string, number>();
  // Chapter titles such as "Q&A" or "Outro" repeat across a catalog: split each distinct text once.
  const split = new Map<string, number[]>();
  const idsOf = (text: string) => {
    let ids = split.get(text);
    if (!ids) {
      ids = terms(text, ignored).map((term) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        return id;
      });
      split.set(text, ids);
    }
    return ids;
  };
  const counts = documents.map((document) => {
    const weights = new Map<number, number>();
    for (const id of idsOf(document.title)) weights.set(id, (weights.get(id) ?? 0) + 3);
    for (const title of document.chapterTitles) {
      for (const id of idsOf(title)) weights.set(id, (weights.get(id) ?? 0) + 1);
    }
    return weights;
  });

  const documentFrequency = new Int32Array(termIds.size);
  let entries = 0;
  for (const weights of counts) {
    for (const id of weights.keys()) documentFrequency[id]! += 1;
    entries += weights.size;
  }
  const idf = Float64Array.from(
    documentFrequency,
    (frequency) => Math.log((documents.length + 1) / (frequency + 1)) + 1,
  );

  const start = new Int32Array(documents.length + 1);
  const term = new Int32Array(entries);
  const weight = new Float64Array(entries);
  let at = 0;
  counts.forEach((weights, index) => {
    start[index] = at;
    const vector = [...weights].map(([id, count]) => ({ id, value: count * idf[id]! }));
    const norm = Math.sqrt(vector.reduce((sum, { value }) => sum + value * value, 0));
    vector.sort((a, b) => b.value - a.value || a.id - b.id);
    for (const { id, value } of vector) {
      term[at] = id;
      weight[at] = value / norm;
      at += 1;
    }
  });
  start[documents.length] = at;
  return { termCount: termIds.size, documentFrequency, start, term, weight };
}

type Vectors = ReturnType<typeof unitVectors>;

/**
 * For each term, the documents that have it, the ones it weighs most in first, then input order:
 * `overall` (term t's part starts at overallStart[t]) and the same split by show (`byShow`, ranges
 * keyed term * showCount + show).
 */
function postingLists(
  { termCount, documentFrequency, start, term, weight }: Vectors,
  showOf: Int32Array,
  showCount: number,
) {
  const overallStart = new Int32Array(termCount + 1);
  for (let id = 0; id < termCount; id += 1) overallStart[id + 1] = overallStart[id]! + documentFrequency[id]!;
  // Vector entries grouped by term, in input order within a term; then each term's group sorted.
  const filled = overallStart.slice(0, termCount);
  const entries = new Int32Array(term.length);
  const documentOf = new Int32Array(term.length);
  for (let index = 0; index < showOf.length; index += 1) {
    for (let entry = start[index]!; entry < start[index + 1]!; entry += 1) {
      entries[filled[term[entry]!]!++] = entry;
      documentOf[entry] = index;
    }
  }
  const overall = new Int32Array(term.length);
  const byShow = new Int32Array(term.length);
  const byShowRange = new Map<number, { from: number; to: number }>();
  for (let id = 0; id < termCount; id += 1) {
    const from = overallStart[id]!;
    const sorted = Array.from(entries.subarray(from, overallStart[id + 1]!))
      .sort((a, b) => weight[b]! - weight[a]! || a - b)
      .map((entry) => documentOf[entry]!);
    overall.set(sorted, from);
    const perShow = new Map<number, number[]>();
    for (const index of sorted) {
      const show = showOf[index]!;
      const list = perShow.get(show);
      if (list) list.push(index);
      else perShow.set(show, [index]);
    }
    let at = from;
    for (const [show, list] of perShow) {
      byShow.set(list, at);
      byShowRange.set(id * showCount + show, { from: at, to: at + list.length });
      at += list.length;
    }
  }
  return { overall, overallStart, byShow, byShowRange };
}

/**
 * rankRelated(documents) -> for each document, the input indexes of up to 4 others most similar to it:
 * the best of its own show first, best first, then the best of other shows (ties in input order, so
 * pass the documents in list order). Only scores above 0.05 count. `ignored` words are left out of
 * every text (the shows' names). Which documents are compared: see CANDIDATE_BUDGET.
 */
export function rankRelated(
  documents: RelatedDocument[],
  options: { ignored?: ReadonlySet<string>; limit?: number; candidateBudget?: number } = {},
): number[][] {
  const limit = options.limit ?? RELATED_LIMIT;
  const budget = options.candidateBudget ?? CANDIDATE_BUDGET;
  const showIds = new Map<string, number>();
  const showOf = Int32Array.from(documents, (document) => {
    let id = showIds.get(document.show);
    if (id === undefined) {
      id = showIds.size;
      showIds.set(document.show, id);
    }
    return id;
  });
  const showCount = showIds.size;
  const vectors = unitVectors(documents, options.ignored ?? new Set());
  const { start, term, weight } = vectors;
  const { overall, overallStart, byShow, byShowRange } = postingLists(vectors, showOf, showCount);

  // Scratch space shared by every document: its vector spread out by term, and who was met already.
  const query = new Float64Array(vectors.termCount);
  const seen = new Int32Array(documents.length).fill(-1);
  const minScore = Math.round(MIN_SCORE * SCORE_SCALE);

  return documents.map((_, target) => {
    const show = showOf[target]!;
    const from = start[target]!;
    const to = start[target + 1]!;
    for (let entry = from; entry < to; entry += 1) query[term[entry]!] = weight[entry]!;
    seen[target] = target;
    const candidates: number[] = [];
    const meet = (index: number) => {
      if (seen[index] === target) return;
      seen[index] = target;
      candidates.push(index);
    };
    let read = 0;
    for (let entry = from; entry < to && read < budget; entry += 1) {
      const range = byShowRange.get(term[entry]! * showCount + show)!;
      const end = Math.min(range.to, range.from + budget - read);
      for (let at = range.from; at < end; at += 1) meet(byShow[at]!);
      read += end - range.from;
    }
    if (showCount > 1) {
      read = 0;
      for (let entry = from; entry < to && read < budget; entry += 1) {
        const id = term[entry]!;
        const end = Math.min(overallStart[id + 1]!, overallStart[id]! + budget - read);
        for (let at = overallStart[id]!; at < end; at += 1) {
          if (showOf[overall[at]!] !== show) meet(overall[at]!);
        }
        read += end - overallStart[id]!;
      }
    }

    const best: [Ranked[], Ranked[]] = [[], []];
    for (const index of candidates) {
      let dot = 0;
      for (let entry = start[index]!; entry < start[index + 1]!; entry += 1) {
        dot += query[term[entry]!]! * weight[entry]!;
      }
      const score = Math.round(dot * SCORE_SCALE);
      if (score > minScore) keepBest(best[showOf[index] === show ? 0 : 1], index, score, limit);
    }
    for (let entry = from; entry < to; entry += 1) query[term[entry]!] = 0;
    return [...best[0], ...best[1]].slice(0, limit).map((ranked) => ranked.index);
  });
}
