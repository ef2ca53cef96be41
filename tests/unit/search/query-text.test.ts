import { describe, expect, it } from "vitest";
import {
  formatQuery,
  parseQuery,
  partCount,
  planQuery,
  toMatchExpression,
  widens,
  type QueryPlan,
} from "@/lib/search/query-text";
import {
  buildVocabulary,
  completionsOf,
  compoundsOf,
  correctWord,
  editDistance,
  knowsPrefix,
} from "@/lib/search/suggest";

/** A plan where every word stands for itself alone. */
const plain = (input: string): QueryPlan => {
  const parsed = parseQuery(input);
  return {
    terms: parsed.terms.map((term) => ({ term, alternatives: [], prefix: false })),
    phrases: parsed.phrases,
    joins: [],
  };
};

describe("parseQuery / toMatchExpression", () => {
  it("quotes every word and keeps phrases", () => {
    const parsed = parseQuery('Postgres "row  LOCKS" io_uring HTTP/2');
    expect(parsed).toEqual({ terms: ["postgres", "io_uring", "http/2"], phrases: [["row", "locks"]] });
    expect(toMatchExpression(plain('Postgres "row  LOCKS" io_uring HTTP/2'))).toBe(
      '"postgres" AND "io_uring" AND "http/2" AND "row locks"',
    );
    expect(formatQuery(parsed)).toBe('postgres io_uring http/2 "row locks"');
  });

  it("turns FTS5 syntax into plain words", () => {
    expect(toMatchExpression(plain('NEAR(a b) title:tlb "x" *'))).toBe(
      '"near" AND "a" AND "b" AND "title" AND "tlb" AND "x"',
    );
    expect(toMatchExpression(plain('"unbalanced quote'))).toBe('"unbalanced" AND "quote"');
    expect(toMatchExpression(plain("*()^:"))).toBeNull();
    expect(toMatchExpression(plain(""))).toBeNull();
  });

  it("caps length and term count", () => {
    expect(parseQuery("word ".repeat(1000)).terms).toEqual(["word"]);
    expect(parseQuery(Array.from({ length: 30 }, (_, index) => `w${index}`).join(" ")).terms).toHaveLength(
      12,
    );
  });
});

describe("what a typed word stands for", () => {
  const vocabulary = buildVocabulary([
    { term: "postgres", frequency: 20 },
    { term: "postgresql", frequency: 5 },
    { term: "tls", frequency: 4 },
    { term: "tls_hw", frequency: 2 },
    { term: "tlb", frequency: 1 },
    { term: "autovacuum", frequency: 1 },
    { term: "lock", frequency: 2 },
    { term: "locks", frequency: 7 },
    { term: "lockmanager", frequency: 1 },
    { term: "manager", frequency: 1 },
    { term: "block", frequency: 2 },
    { term: "fsync", frequency: 5 },
    { term: "fdatasync", frequency: 1 },
    { term: "starves/blocks", frequency: 1 },
  ]);

  it("lists the longer words a prefix begins, most frequent first, not the stem FTS5 would match", () => {
    const plan = planQuery(parseQuery("postg"), vocabulary);
    expect(plan.terms).toEqual([{ term: "postg", alternatives: ["postgres", "postgresql"], prefix: false }]);
    expect(toMatchExpression(plan)).toBe('("postg" OR "postgres" OR "postgresql")');
    expect(toMatchExpression(plan, { exact: true })).toBe('"postg"');
    expect(widens(plan)).toBe(true);
    // FTS5 stems "tls"* to "tl"*, which finds TLB; the vocabulary knows only tls_hw begins with tls.
    expect(toMatchExpression(planQuery(parseQuery("tls"), vocabulary))).toBe('("tls" OR "tls_hw")');
  });

  it("falls back to an FTS5 prefix for a prefix of too many words, and for words of several tokens", () => {
    const many = buildVocabulary(
      Array.from({ length: 20 }, (_, index) => ({ term: `co${index}x`, frequency: 1 })),
    );
    expect(toMatchExpression(planQuery(parseQuery("co"), many))).toBe('"co"*');
    expect(toMatchExpression(planQuery(parseQuery("us-east-1"), vocabulary))).toBe('"us-east-1"*');
  });

  it("finds a word inside compounds only when it is no word or prefix of its own", () => {
    expect(planQuery(parseQuery("vacuum"), vocabulary).terms[0]).toEqual({
      term: "vacuum",
      alternatives: ["autovacuum"],
      prefix: false,
    });
    // "lock" is a word: its compounds are not looked for, and "block" is none of them anyway; "locks"
    // is the same stem, which "lock" matches as typed.
    expect(planQuery(parseQuery("lock"), vocabulary).terms[0]?.alternatives).toEqual(["lockmanager"]);
    expect(planQuery(parseQuery("fsync"), vocabulary).terms[0]?.alternatives).toEqual([]);
    expect(widens(planQuery(parseQuery("fsync"), vocabulary))).toBe(false);
  });

  it("matches two neighbouring words the catalog writes as one either way", () => {
    const plan = planQuery(parseQuery("lock manager"), vocabulary);
    expect(plan.joins).toEqual([{ at: 0, word: "lockmanager" }]);
    expect(partCount(plan)).toBe(1);
    expect(toMatchExpression(plan, { exact: true })).toBe('(("lock" AND "manager") OR "lockmanager")');
    expect(toMatchExpression(plan, { join: "any", exact: true })).toBe(
      '(("lock" OR "manager") OR "lockmanager")',
    );
  });

  it("joins the words for the any-word fallback", () => {
    const plan = plain('postgres redis "page fault"');
    expect(toMatchExpression(plan, { join: "any" })).toBe('"postgres" OR "redis" OR "page fault"');
    expect(partCount(plan)).toBe(3);
  });
});

describe("the vocabulary", () => {
  const vocabulary = buildVocabulary([
    { term: "kernel", frequency: 12 },
    { term: "kerberos", frequency: 1 },
    { term: "postgres", frequency: 20 },
    { term: "postgresql", frequency: 5 },
    { term: "connection", frequency: 9 },
    { term: "connections", frequency: 3 },
    { term: "reads", frequency: 6 },
    { term: "autovacuum", frequency: 1 },
    { term: "vacuums", frequency: 1 },
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

  it("corrects a word of six letters or fewer by one edit only: redis is not reads, coupon not common", () => {
    expect(editDistance("redis", "reads", 2)).toBe(2);
    expect(correctWord("redis", vocabulary)).toBeNull();
    expect(correctWord("raeds", vocabulary)).toBe("reads");
    expect(correctWord("coupon", buildVocabulary([{ term: "common", frequency: 9 }]))).toBeNull();
  });

  it("lists completions, one per stem, the word's own stem left out, and says when there are more", () => {
    expect(completionsOf(vocabulary, "conn", 5)).toEqual({ words: ["connection"], more: false });
    expect(completionsOf(vocabulary, "connection", 5)).toEqual({ words: [], more: false });
    expect(completionsOf(vocabulary, "k", 1)).toEqual({ words: ["kernel"], more: true });
    expect(completionsOf(vocabulary, "zz", 5)).toEqual({ words: [], more: false });
  });

  it("finds compounds after a head of three letters or more, for parts of four or more", () => {
    expect(compoundsOf(vocabulary, "vacuum", 8)).toEqual(["autovacuum"]);
    expect(compoundsOf(vocabulary, "acuum", 8)).toEqual(["autovacuum"]);
    expect(compoundsOf(vocabulary, "cuu", 8)).toEqual([]);
    expect(compoundsOf(vocabulary, "ernel", 8)).toEqual([]);
  });
});
