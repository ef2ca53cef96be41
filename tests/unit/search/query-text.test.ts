import { describe, expect, it } from "vitest";
import { formatQuery, parseQuery, toMatchExpression } from "@/lib/search/query-text";
import { buildVocabulary, correctWord, editDistance, knowsPrefix } from "@/lib/search/suggest";

describe("parseQuery / toMatchExpression", () => {
  it("quotes every word as a prefix term and keeps phrases", () => {
    const parsed = parseQuery('Postgres "row  LOCKS" io_uring HTTP/2');
    expect(parsed).toEqual({ terms: ["postgres", "io_uring", "http/2"], phrases: [["row", "locks"]] });
    expect(toMatchExpression(parsed)).toBe('"postgres"* AND "io_uring"* AND "http/2"* AND "row locks"');
    expect(formatQuery(parsed)).toBe('postgres io_uring http/2 "row locks"');
  });

  it("turns FTS5 syntax into plain words", () => {
    expect(toMatchExpression(parseQuery('NEAR(a b) title:tlb "x" *'))).toBe(
      '"near"* AND "a"* AND "b"* AND "title"* AND "tlb"* AND "x"*',
    );
    expect(toMatchExpression(parseQuery('"unbalanced quote'))).toBe('"unbalanced"* AND "quote"*');
    expect(toMatchExpression(parseQuery("*()^:"))).toBeNull();
    expect(toMatchExpression(parseQuery(""))).toBeNull();
  });

  it("caps length and term count", () => {
    expect(parseQuery("word ".repeat(1000)).terms).toEqual(["word"]);
    expect(parseQuery(Array.from({ length: 30 }, (_, index) => `w${index}`).join(" ")).terms).toHaveLength(
      12,
    );
  });
});

describe("typo correction", () => {
  const vocabulary = buildVocabulary([
    { term: "kernel", frequency: 12 },
    { term: "kerberos", frequency: 1 },
    { term: "postgres", frequency: 20 },
    { term: "postgresql", frequency: 5 },
    { term: "connection", frequency: 9 },
    { term: "connections", frequency: 3 },
  ]);

  it("measures edit distance with swaps", () => {
    expect(editDistance("kernal", "kernel", 2)).toBe(1);
    expect(editDistance("kenrel", "kernel", 2)).toBe(1);
    expect(editDistance("abc", "xyzabc", 2)).toBe(3);
  });

  it("knows prefixes and corrects unknown words to the closest, most frequent word", () => {
    expect(knowsPrefix(vocabulary, "postg")).toBe(true);
    expect(knowsPrefix(vocabulary, "postgress")).toBe(false);
    expect(correctWord("postgress", vocabulary)).toBe("postgres");
    expect(correctWord("kernal", vocabulary)).toBe("kernel");
    expect(correctWord("conection", vocabulary)).toBe("connection");
    expect(correctWord("kern", vocabulary)).toBeNull();
    expect(correctWord("zzzzzz", vocabulary)).toBeNull();
    expect(correctWord("io", vocabulary)).toBeNull();
  });
});
