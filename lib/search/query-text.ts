// Turns whatever a visitor types into safe FTS5 MATCH expressions: every word becomes a quoted term,
// or the words of the catalog it may stand for (the longer words it begins while typing, the compound
// words it is part of), "quoted phrases" stay phrases, and FTS5 syntax in the input ("*", "(", AND,
// NEAR, ":") is only ever text. Pure, and never throws.
import { porterStem } from "./stem";
import { completionsOf, compoundsOf, knowsWord, type Vocabulary } from "./suggest";

/** Longest query we look at; the rest of a pasted wall of text is ignored. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

export type ParsedQuery = {
  /** Single words, lower-cased, in input order. */
  terms: string[];
  /** Quoted phrases, each a list of words. */
  phrases: string[][];
};

/** Characters that can be part of a searchable word (as the index tokenizes: _ and / are kept). */
const WORD = /[\p{L}\p{N}]+(?:[_/.+-][\p{L}\p{N}]+)*\+*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/** parseQuery('postgres "row locks" io_uring') -> { terms: ["postgres", "io_uring"], phrases: [["row", "locks"]] } */
export function parseQuery(input: string): ParsedQuery {
  const text = input
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .slice(0, MAX_QUERY_LENGTH);
  const phrases: string[][] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length > 1) phrases.push(words);
    return words.length === 1 ? ` ${words[0]} ` : " ";
  });
  const terms = wordsOf(rest.replace(/"/g, " "));
  return { terms: [...new Set(terms)].slice(0, MAX_TERMS), phrases: phrases.slice(0, MAX_TERMS) };
}

/** A string inside FTS5 double quotes, with quotes doubled. */
function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Most catalog words (one per stem) a typed word stands for; a prefix of more is matched as an FTS5
 * prefix, or by its most frequent words when the stemmer would shorten it ("pos" is "po" to FTS5).
 */
const MAX_COMPLETIONS = 16;
const MAX_COMPOUNDS = 8;

/** One typed word and what it matches besides itself (and its own stem: "locks" matches "locking"). */
export type TermPlan = {
  term: string;
  /** Catalog words it also stands for, one per stem: the longer words it begins, or, when it begins
   * none and is no word of its own, the compound words it is part of ("vacuum" -> "autovacuum"). */
  alternatives: string[];
  /** It begins more words than are listed, or is several tokens ("us-east-1"): an FTS5 prefix term. */
  prefix: boolean;
};

export type QueryPlan = {
  terms: TermPlan[];
  phrases: string[][];
  /** Catalog words that are two neighbouring words of the query run together: "lock manager" ->
   * { at: 0, word: "lockmanager" }, the two words at `at` and `at + 1` (one join per word). */
  joins: { at: number; word: string }[];
};

/**
 * What each word of a query matches, from the catalog's vocabulary:
 * planQuery(parseQuery("postg vacuum"), vocabulary) -> { terms: [{ term: "postg", alternatives:
 * ["postgres", "postgresql"], prefix: false }, { term: "vacuum", alternatives: ["autovacuum"], prefix:
 * false }], phrases: [] }. Prefixes come from the vocabulary rather than FTS5's own prefix match, which
 * matches the word's stem ("tls"* is "tl"* and finds TLB).
 */
export function planQuery(query: ParsedQuery, vocabulary: Vocabulary): QueryPlan {
  const terms = query.terms.map((term): TermPlan => {
    // "us-east-1", "node.js": several tokens to the index, matched as a phrase whose last word is a prefix.
    if (/[.+-]/.test(term)) return { term, alternatives: [], prefix: true };
    const completions = completionsOf(vocabulary, term, MAX_COMPLETIONS);
    // A prefix of many words: FTS5's own prefix match, unless the stemmer would shorten it first.
    if (completions.more && porterStem(term) === term) return { term, alternatives: [], prefix: true };
    if (completions.words.length > 0 || knowsWord(vocabulary, term)) {
      return { term, alternatives: completions.words, prefix: false };
    }
    return { term, alternatives: compoundsOf(vocabulary, term, MAX_COMPOUNDS), prefix: false };
  });
  const joins: QueryPlan["joins"] = [];
  query.terms.forEach((term, at) => {
    const word = `${term}${query.terms[at + 1] ?? ""}`;
    if (at + 1 < query.terms.length && joins.at(-1)?.at !== at - 1 && knowsWord(vocabulary, word)) {
      joins.push({ at, word });
    }
  });
  return { terms, phrases: query.phrases, joins };
}

export type MatchOptions = {
  /** "any": an episode needs one of the words, not all of them (the fallback when none has all). */
  join?: "all" | "any";
  /** Only the words as typed (and two of them run together): no longer words, no compounds, no prefixes. */
  exact?: boolean;
};

/**
 * toMatchExpression({ terms: [{ term: "postg", alternatives: ["postgres"], prefix: false }], phrases:
 * [["row", "locks"]], joins: [] }) -> '("postg" OR "postgres") AND "row locks"'; with { exact: true }
 * '"postg" AND "row locks"'. Two words that the catalog also writes as one match either way: "lock
 * manager" -> '(("lock" AND "manager") OR "lockmanager")'.
 * Returns null when nothing searchable is left.
 */
export function toMatchExpression(plan: QueryPlan, options: MatchOptions = {}): string | null {
  const any = options.join === "any";
  const terms = plan.terms.map(({ term, alternatives, prefix }) => {
    if (options.exact) return quote(term);
    if (prefix) return `${quote(term)}*`;
    if (alternatives.length === 0) return quote(term);
    return `(${[term, ...alternatives].map(quote).join(" OR ")})`;
  });
  const parts: string[] = [];
  terms.forEach((part, at) => {
    const join = plan.joins.find((candidate) => candidate.at === at);
    if (join) parts.push(`((${part} ${any ? "OR" : "AND"} ${terms[at + 1]}) OR ${quote(join.word)})`);
    else if (!plan.joins.some((candidate) => candidate.at === at - 1)) parts.push(part);
  });
  parts.push(...plan.phrases.map((phrase) => quote(phrase.join(" "))));
  if (parts.length === 0) return null;
  return parts.join(any ? " OR " : " AND ");
}

/** How many parts an episode must match: terms (two run together count once) and phrases. */
export function partCount(plan: QueryPlan): number {
  return plan.terms.length - plan.joins.length + plan.phrases.length;
}

/** Whether some word matches more than itself, so the words as typed rank above the rest. */
export function widens(plan: QueryPlan): boolean {
  return plan.terms.some((term) => term.prefix || term.alternatives.length > 0);
}

/** The query as a visitor would read it back: 'postgres "row locks"'. */
export function formatQuery(query: ParsedQuery): string {
  return [...query.terms, ...query.phrases.map((phrase) => `"${phrase.join(" ")}"`)].join(" ");
}
