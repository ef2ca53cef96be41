// The stem FTS5's porter tokenizer stores for a word (search_index is tokenized "porter unicode61"), so
// search can tell which of the catalog's words a typed word already matches: "locks", "locking" and
// "lock" are one stem, "lockmanager" another. A port of SQLite's fts5PorterCb (ext/fts5/fts5_tokenize.c);
// tests/unit/search/stem.test.ts checks it against SQLite on the catalog's whole vocabulary. Pure.

const isVowel = (char: string | undefined, yIsVowel: boolean) =>
  char === "a" || char === "e" || char === "i" || char === "o" || char === "u" || (yIsVowel && char === "y");

/** Index just past the first vowel-consonant run of word[from, to), or 0 when there is none. */
function gobbleVC(word: string, from: number, to: number, previousConsonant: boolean): number {
  let consonant = previousConsonant;
  let index = from;
  for (; index < to; index += 1) {
    consonant = !isVowel(word[index], consonant);
    if (!consonant) break;
  }
  for (index += 1; index < to; index += 1) {
    consonant = !isVowel(word[index], consonant);
    if (consonant) return index + 1;
  }
  return 0;
}

/** The measure conditions of the stem word[0, length): m > 0, m > 1, m = 1. */
const mGt0 = (word: string, length: number) => gobbleVC(word, 0, length, false) !== 0;
function mGt1(word: string, length: number): boolean {
  const first = gobbleVC(word, 0, length, false);
  return first !== 0 && gobbleVC(word, first, length, true) !== 0;
}
function mEq1(word: string, length: number): boolean {
  const first = gobbleVC(word, 0, length, false);
  return first !== 0 && gobbleVC(word, first, length, true) === 0;
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function oStar(word: string, length: number): boolean {
  const last = word[length - 1];
  if (last === "w" || last === "x" || last === "y") return false;
  let mask = 0;
  let consonant = false;
  for (let index = 0; index < length; index += 1) {
    consonant = !isVowel(word[index], consonant);
    mask = (mask << 1) + (consonant ? 1 : 0);
  }
  return (mask & 0b111) === 0b101;
}

/** *v*: the stem has a vowel (y after the first letter counts). */
function hasVowel(word: string, length: number): boolean {
  for (let index = 0; index < length; index += 1) if (isVowel(word[index], index > 0)) return true;
  return false;
}

type Condition = (word: string, length: number) => boolean;
/** [suffix, replacement]: the first rule whose suffix ends the word (and is shorter than it) decides. */
type Rules = readonly (readonly [string, string])[];

// prettier-ignore
const STEP2: Rules = [
  ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"],
  ["logi", "log"], ["bli", "ble"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"],
  ["ization", "ize"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["iveness", "ive"],
  ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"],
];
// prettier-ignore
const STEP3: Rules = [
  ["ical", "ic"], ["ness", ""], ["icate", "ic"], ["iciti", "ic"], ["ful", ""], ["ative", ""], ["alize", "al"],
];
// prettier-ignore
const STEP4: Rules = [
  ["al", ""], ["ance", ""], ["ence", ""], ["er", ""], ["ic", ""], ["able", ""], ["ible", ""], ["ant", ""],
  ["ement", ""], ["ment", ""], ["ent", ""], ["ion", ""], ["ou", ""], ["ism", ""], ["ate", ""], ["iti", ""],
  ["ous", ""], ["ive", ""], ["ize", ""],
];

/**
 * SQLite groups a step's rules by the word's next-to-last letter and tries, in order, only the group of
 * the word's own: the first suffix of it that ends the word is the only one tried.
 */
function applyStep(word: string, rules: Rules, condition: (suffix: string) => Condition): string {
  const group = word[word.length - 2];
  for (const [suffix, replacement] of rules) {
    if (suffix[suffix.length - 2] !== group) continue;
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const stem = word.length - suffix.length;
    return condition(suffix)(word, stem) ? word.slice(0, stem) + replacement : word;
  }
  return word;
}

const sOrTAndMGt1: Condition = (word, length) =>
  (word[length - 1] === "s" || word[length - 1] === "t") && mGt1(word, length);

/** Step 1a: plurals. */
function step1a(word: string): string {
  if (!word.endsWith("s")) return word;
  if (word.endsWith("es")) {
    const twice = (word.length > 4 && word.endsWith("sses")) || (word.length > 3 && word.endsWith("ies"));
    return word.slice(0, twice ? -2 : -1);
  }
  return word.endsWith("ss") ? word : word.slice(0, -1);
}

/** Step 1b: -eed, -ed, -ing, and the tidying after the last two. */
function step1b(word: string): string {
  let stem: string | null = null;
  if (word[word.length - 2] === "e") {
    if (word.length > 3 && word.endsWith("eed"))
      return mGt0(word, word.length - 3) ? word.slice(0, -1) : word;
    if (word.length > 2 && word.endsWith("ed") && hasVowel(word, word.length - 2)) stem = word.slice(0, -2);
  } else if (word[word.length - 2] === "n") {
    if (word.length > 3 && word.endsWith("ing") && hasVowel(word, word.length - 3)) stem = word.slice(0, -3);
  }
  if (stem === null) return word;
  for (const [ending, replacement] of [
    ["at", "ate"],
    ["bl", "ble"],
    ["iz", "ize"],
  ] as const) {
    if (stem.length > 2 && stem.endsWith(ending)) return stem.slice(0, -2) + replacement;
  }
  const last = stem[stem.length - 1]!;
  if (
    !isVowel(last, false) &&
    last !== "l" &&
    last !== "s" &&
    last !== "z" &&
    last === stem[stem.length - 2]
  ) {
    return stem.slice(0, -1);
  }
  return mEq1(stem, stem.length) && oStar(stem, stem.length) ? `${stem}e` : stem;
}

/** Longest token, in UTF-8 bytes, the porter tokenizer stems; shorter than 3 bytes it never does. */
const MAX_TOKEN_BYTES = 64;
const MIN_TOKEN_BYTES = 3;

/**
 * porterStem("connections") -> "connect"; ("locking") -> "lock"; ("io") -> "io" (too short). `input` is
 * one lower-case token; its diacritics are removed first, as the tokenizer does.
 */
export function porterStem(input: string): string {
  const token = input.normalize("NFD").replace(/\p{M}/gu, "");
  const bytes = new TextEncoder().encode(token).length;
  if (bytes < MIN_TOKEN_BYTES || bytes > MAX_TOKEN_BYTES) return token;
  let word = step1b(step1a(token));
  if (word.endsWith("y") && hasVowel(word, word.length - 1)) word = `${word.slice(0, -1)}i`;
  word = applyStep(word, STEP2, () => mGt0);
  word = applyStep(word, STEP3, () => mGt0);
  word = applyStep(word, STEP4, (suffix) => (suffix === "ion" ? sOrTAndMGt1 : mGt1));
  if (word.endsWith("e")) {
    const length = word.length - 1;
    if (mGt1(word, length) || (mEq1(word, length) && !oStar(word, length))) word = word.slice(0, -1);
  }
  if (word.length > 1 && word.endsWith("ll") && mGt1(word, word.length - 1)) word = word.slice(0, -1);
  return word;
}
