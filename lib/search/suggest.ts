// The catalog's own vocabulary (SearchTerm rows) and what a typed word can stand for in it: the words it
// begins (a prefix while typing), the compound words it is part of ("vacuum" in "autovacuum"), and for a
// misspelt word the closest known one, among equally close ones the most frequent ("did you mean"). Pure.
import { porterStem } from "./stem";

export type Vocabulary = {
  /** Sorted, for prefix look-ups. */
  words: string[];
  frequency: Map<string, number>;
  /** Words by first character, the candidates a misspelling is compared with. */
  byInitial: Map<string, string[]>;
  /** The stems the index stores for the words (porterStem): what a typed word matches as itself. */
  stems: Set<string>;
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
  return { words, frequency, byInitial, stems: new Set(words.map(porterStem)) };
}

/** Whether the index has `word` itself, in some form of it: "pages" when the catalog says "page". */
export function knowsWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.stems.has(porterStem(word));
}

/** Index of the first vocabulary word not below `prefix`. */
function firstFrom(vocabulary: Vocabulary, prefix: string): number {
  let low = 0;
  let high = vocabulary.words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (vocabulary.words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether some vocabulary word starts with `prefix` (so a prefix search can match). */
export function knowsPrefix(vocabulary: Vocabulary, prefix: string): boolean {
  return vocabulary.words[firstFrom(vocabulary, prefix)]?.startsWith(prefix) ?? false;
}

const byFrequency = (vocabulary: Vocabulary) => (a: string, b: string) =>
  (vocabulary.frequency.get(b) ?? 0) - (vocabulary.frequency.get(a) ?? 0) || (a < b ? -1 : 1);

/**
 * One word per stem, the most frequent, leaving out those of `own`'s stem (the word itself matches them):
 * distinctStems(["connection", "connect", "connects"], "conn") -> ["connection"]
 */
function distinctStems(vocabulary: Vocabulary, words: string[], own: string): string[] {
  const seen = new Set([porterStem(own)]);
  return words.sort(byFrequency(vocabulary)).filter((word) => {
    const stem = porterStem(word);
    if (seen.has(stem)) return false;
    seen.add(stem);
    return true;
  });
}

/**
 * The longer words `prefix` begins, one per stem (the index's own word for them), most frequent first,
 * at most `max`, and whether there are more: completionsOf(vocabulary, "postg", 16) -> { words:
 * ["postgres", "postgresql"], more: false }; for "lock" -> ["lockmanager"] ("locks" and "locking" are
 * what "lock" matches already).
 */
export function completionsOf(
  vocabulary: Vocabulary,
  prefix: string,
  max: number,
): { words: string[]; more: boolean } {
  const found: string[] = [];
  for (let index = firstFrom(vocabulary, prefix); index < vocabulary.words.length; index += 1) {
    const word = vocabulary.words[index]!;
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) found.push(word);
  }
  const distinct = distinctStems(vocabulary, found, prefix);
  return { words: distinct.slice(0, max), more: distinct.length > max };
}

/** Shortest word a compound part is looked for in, and shortest part before it ("auto" of "autovacuum"). */
const MIN_COMPOUND_PART = 4;
const MIN_COMPOUND_HEAD = 3;

/**
 * Words that join `part` to words before it, most frequent first, at most `max`:
 * compoundsOf("vacuum", vocabulary, 8) -> ["autovacuum"]. Only parts of 4 characters or more, after at
 * least 3 ("block" is no compound of "lock"); words with _ or / are left out, the index splits those
 * (variantsOf in lib/ingest/search-rows.ts).
 */
export function compoundsOf(vocabulary: Vocabulary, part: string, max: number): string[] {
  if (part.length < MIN_COMPOUND_PART) return [];
  const found = vocabulary.words.filter(
    (word) => word.indexOf(part, MIN_COMPOUND_HEAD) !== -1 && !/[_/]/.test(word),
  );
  return distinctStems(vocabulary, found, part).slice(0, max);
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

/**
 * correctWord("kernal", vocabulary) -> "kernel"; null when the word is known or nothing is close. Words
 * of up to 6 letters take one edit, longer ones two: two edits turn "redis" into "reads" and "coupon"
 * into "common".
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < 3 || /\d/.test(word) || knowsPrefix(vocabulary, word)) return null;
  const max = word.length <= 6 ? 1 : 2;
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
