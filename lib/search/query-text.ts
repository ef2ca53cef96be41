// Turns whatever a visitor types into a safe FTS5 MATCH expression: every word becomes a quoted
// prefix term, "quoted phrases" stay phrases, and FTS5 syntax in the input ("*", "(", AND, NEAR, ":")
// is only ever text. Pure, and never throws.

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
 * toMatchExpression({ terms: ["postg"], phrases: [["row", "locks"]] }) -> '"postg"* AND "row locks"'
 * Returns null when nothing searchable is left.
 */
export function toMatchExpression(query: ParsedQuery): string | null {
  const parts = [
    ...query.terms.map((term) => `${quote(term)}*`),
    ...query.phrases.map((phrase) => quote(phrase.join(" "))),
  ];
  return parts.length ? parts.join(" AND ") : null;
}

/** The query as a visitor would read it back: 'postgres "row locks"'. */
export function formatQuery(query: ParsedQuery): string {
  return [...query.terms, ...query.phrases.map((phrase) => `"${phrase.join(" ")}"`)].join(" ");
}
