// The port of SQLite's porter stemmer against SQLite itself: every word of the seed catalog's
// vocabulary, and words chosen to reach every rule, tokenized by an FTS5 table with search_index's
// tokenizer, must come out as porterStem says.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildFromInputs, loadCatalogInputs } from "@/lib/ingest/ensure";
import { searchRows } from "@/lib/ingest/search-rows";
import { porterStem } from "@/lib/search/stem";

/** Words that take every step and condition of the algorithm (Porter's own examples among them). */
const RULE_WORDS =
  `caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled
  sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational
  valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization
  predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti
  triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference
  airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou
  communism activate angulariti homologous effective bowdlerize probate rate cease controll roll
  generalizations oscillators eed bleed ied ies sses yelling played toy boy y ye yes aed ing ings
  logi apologies analogies archaeology io uring io_uring http/2 tls_hw café naïve épée`.split(/\s+/);

let dir: string;
let vocabulary: string[];
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "stem-"));
  const catalog = buildFromInputs(
    loadCatalogInputs({ sourcesDirs: [path.join(process.cwd(), "data/sources")] }),
  );
  vocabulary = [...searchRows(catalog).terms.keys()];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("stems every catalog word and every rule's example as SQLite's porter tokenizer does", () => {
  const words = [...new Set([...vocabulary, ...RULE_WORDS])];
  expect(vocabulary.length).toBeGreaterThan(1000);
  const db = new Database(path.join(dir, "stems.db"));
  try {
    db.exec(`CREATE VIRTUAL TABLE words USING fts5(word, tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_/'");
             CREATE VIRTUAL TABLE stems USING fts5vocab(words, instance);`);
    const insert = db.prepare("INSERT INTO words (rowid, word) VALUES (?, ?)");
    words.forEach((word, index) => insert.run(index + 1, word));
    const stored = db.prepare<[], { doc: number; term: string }>("SELECT doc, term FROM stems").all();
    // Each word is one token (vocabulary words keep only letters, digits, _ and /).
    const byWord = new Map(stored.map((row) => [words[row.doc - 1]!, row.term]));
    const wrong = words
      .filter((word) => porterStem(word) !== byWord.get(word))
      .map((word) => `${word}: ${porterStem(word)} != ${byWord.get(word)}`);
    expect(wrong).toEqual([]);
  } finally {
    db.close();
  }
});

it("leaves tokens shorter than three bytes as they are", () => {
  expect(porterStem("io")).toBe("io");
  expect(porterStem("is")).toBe("is");
  expect(porterStem("connections")).toBe("connect");
  expect(porterStem("tls")).toBe("tl");
});
