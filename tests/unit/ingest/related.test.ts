// The related-episodes ranking over small hand-made sets; expected results are worked out by hand from
// the TF-IDF weights (idf = ln((N + 1) / (df + 1)) + 1, title words count 3, chapter words 1).
import { describe, expect, it } from "vitest";
import { rankRelated, showNameWords, terms, type RelatedDocument } from "@/lib/ingest/related";

const doc = (title: string, chapterTitles: string[] = [], show = "backend"): RelatedDocument => ({
  show,
  title,
  chapterTitles,
});

describe("terms", () => {
  it("drops stop words and folds plurals", () => {
    expect(terms("How the Locks work in Postgres")).toEqual(["lock", "work", "postgres"]);
  });

  it("leaves out the words it is told to ignore (the shows' names)", () => {
    const show = showNameWords(["Backend Engineering Show"]);
    expect([...show]).toEqual(["backend", "engineering", "show"]);
    expect(terms("Backend Engineering Show: Postgres Locks", show)).toEqual(["postgres", "lock"]);
  });
});

describe("rankRelated", () => {
  const documents = [
    doc("All Postgres Locks Explained", ["Row-Level Locks", "Deadlocks"]),
    doc("They Enabled Postgres Partitioning", ["Lock manager waits"]),
    doc("Your SSD lies | Postgres fsync", ["SSD Cache", "fsync"]),
    doc("Kernel level TLS", ["ktls", "NIC offload mode (TLS_HW)"]),
    doc("Encrypted Client Hello", ["SNI", "TLS client hello"]),
  ];

  it("ranks episodes sharing distinctive words first and leaves unrelated ones out", () => {
    const ranked = rankRelated(documents);
    // Locks shares "postgres" and "lock" with Partitioning (cosine ≈ 0.27) and only "postgres" with
    // fsync (≈ 0.12); nothing with the two TLS episodes.
    expect(ranked[0]).toEqual([1, 2]);
    // "tls" is a title word of Kernel TLS and a chapter word of ECH (≈ 0.07); TLS_HW and ktls are other words.
    expect(ranked[3]).toEqual([4]);
    expect(ranked[4]).toEqual([3]);
  });

  it("lists the same show's related episodes first, then other shows'", () => {
    const ranked = rankRelated([
      doc("Postgres vacuum tuning", [], "a"),
      doc("Postgres vacuum tuning", [], "b"),
      doc("Postgres replication", [], "a"),
    ]);
    // The copy in show b scores 1; Replication shares only "postgres" (≈ 0.24) but is in show a.
    expect(ranked[0]).toEqual([2, 1]);
    expect(ranked[1]).toEqual([0, 2]);
    expect(ranked[2]).toEqual([0, 1]);
  });

  it("breaks ties in input order and keeps four", () => {
    const ranked = rankRelated(Array.from({ length: 6 }, () => doc("Kafka consumer groups")));
    expect(ranked[0]).toEqual([1, 2, 3, 4]);
    expect(ranked[3]).toEqual([0, 1, 2, 4]);
    expect(ranked[5]).toEqual([0, 1, 2, 3]);
    const three = Array.from({ length: 3 }, () => doc("Kafka"));
    expect(rankRelated(three, { limit: 1 })).toEqual([[1], [0], [0]]);
  });

  it("leaves out scores of 0.05 or less", () => {
    const ranked = rankRelated([
      doc("Kafka"),
      // "tokio" counts 7 × 3 (idf 1.29, "kafka" 1): the cosine with Kafka, which shares only the
      // chapter word, is 1 / √(27.05² + 1) ≈ 0.037.
      doc("Tokio tokio tokio tokio tokio tokio tokio", ["Kafka"]),
      // Here it is 1 / √(3.86² + 1) ≈ 0.25.
      doc("Tokio", ["Kafka"]),
    ]);
    expect(ranked[0]).toEqual([2]);
    expect(ranked[1]).toEqual([2]);
  });

  it("relates nothing to an episode without words, nor such an episode to others", () => {
    expect(rankRelated([doc("The Intro"), doc("Kafka"), doc("Kafka")])).toEqual([[], [2], [1]]);
  });

  it("does not relate episodes through the shows' names once they are ignored", () => {
    const named = [doc("Kafka | Backend Engineering"), doc("TLS | Backend Engineering")];
    expect(rankRelated(named)).toEqual([[1], [0]]);
    expect(rankRelated(named, { ignored: showNameWords(["Backend Engineering"]) })).toEqual([[], []]);
  });

  it("reads the most distinctive word's list first, the episodes it weighs most in first, up to the budget", () => {
    // "stream" is in 2 of 4 episodes, "kafka" in all 4: Streams' heaviest word is "stream". Its list
    // holds Streams itself and its copy; "kafka"'s list starts with Kafka (kafka is all of it), then
    // Streams and its copy (0.55), then Consumer (0.46).
    const documents = [doc("Kafka streams"), doc("Kafka"), doc("Kafka streams"), doc("Kafka consumer")];
    expect(rankRelated(documents)[0]).toEqual([2, 1, 3]);
    expect(rankRelated(documents, { candidateBudget: 2 })[0]).toEqual([2]);
    expect(rankRelated(documents, { candidateBudget: 3 })[0]).toEqual([2, 1]);
  });
});
