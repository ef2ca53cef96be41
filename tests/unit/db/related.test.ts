import { describe, expect, it } from "vitest";
import { rankRelated, terms } from "@/lib/db/related";

describe("rankRelated", () => {
  const documents = [
    { key: "locks", title: "All Postgres Locks Explained", chapterTitles: ["Row-Level Locks", "Deadlocks"] },
    {
      key: "partitioning",
      title: "They Enabled Postgres Partitioning",
      chapterTitles: ["Lock manager waits"],
    },
    { key: "fsync", title: "Your SSD lies | Postgres fsync", chapterTitles: ["SSD Cache", "fsync"] },
    { key: "tls", title: "Kernel level TLS", chapterTitles: ["ktls", "NIC offload mode (TLS_HW)"] },
    { key: "ech", title: "Encrypted Client Hello", chapterTitles: ["SNI", "TLS client hello"] },
  ];

  it("ranks episodes sharing distinctive words first and leaves unrelated ones out", () => {
    expect(rankRelated(documents, "locks", 3)).toEqual(["partitioning", "fsync"]);
    expect(rankRelated(documents, "tls", 3)).toEqual(["ech"]);
    expect(rankRelated(documents, "missing", 3)).toEqual([]);
  });

  it("drops stop words and folds plurals", () => {
    expect(terms("How the Locks work in Postgres")).toEqual(["lock", "work", "postgres"]);
  });

  it("leaves out the words it is told to ignore (the shows' names)", () => {
    const show = new Set(["backend", "engineering", "show"]);
    expect(terms("Backend Engineering Show: Postgres Locks", show)).toEqual(["postgres", "lock"]);
    // Two titles that share only the show's name are not related once its words are ignored.
    const named = [
      { key: "a", title: "Kafka | Backend Engineering", chapterTitles: [] },
      { key: "b", title: "TLS | Backend Engineering", chapterTitles: [] },
    ];
    expect(rankRelated(named, "a", 3)).toEqual(["b"]);
    expect(rankRelated(named, "a", 3, show)).toEqual([]);
  });
});
