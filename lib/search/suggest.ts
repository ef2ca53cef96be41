// "Did you mean": corrects misspelt words against the catalog's own vocabulary (SearchTerm rows),
// preferring the closest word and, among equally close ones, the most frequent. Pure.

export type Vocabulary = {
  /** Sorted, for prefix look-ups. */
  words: string[];
  frequency: Map<string, number>;
  /** Words by first character, the candidates a misspelling is compared with. */
  byInitial: Map<string, string[]>;
};

export function buildVocabulary(rows: { term: string; frequency: number }[]): Vocabulary {
  const words = rows.map((row) => row.term).sort();
  const frequency = new Map(rows.map((row) => [row.term, row.frequency]));
  const byInitial = new Map<string, string[]>();
  for (const word of words) {
    const initial = word[0]!;
    const bucket = byInitial.get(initial) ?? [];
    bucket.push(word);
    byInitial.set(initial, bucket);
  }
  return { words, frequency, byInitial };
}

/** Whether some vocabulary word starts with `prefix` (so a prefix search can match). */
export function knowsPrefix(vocabulary: Vocabulary, prefix: string): boolean {
  let low = 0;
  let high = vocabulary.words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (vocabulary.words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low]?.startsWith(prefix) ?? false;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** correctWord("kernal", vocabulary) -> "kernel"; null when the word is known or nothing is close. */
export function correctWord(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < 3 || /\d/.test(word) || knowsPrefix(vocabulary, word)) return null;
  const max = word.length <= 4 ? 1 : 2;
  let best: { word: string; distance: number; frequency: number } | null = null;
  for (const candidate of vocabulary.byInitial.get(word[0]!) ?? []) {
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const frequency = vocabulary.frequency.get(candidate) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
      best = { word: candidate, distance, frequency };
    }
  }
  return best?.word ?? null;
}
