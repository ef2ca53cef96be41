// Tagging of the real seeds with data/topics.json. The expected topics were decided by reading each
// episode (title, description, chapters) and asking where a backend engineer would file it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildCatalog, type SourceInput } from "@/lib/ingest/build";
import { parseTaxonomy } from "@/lib/ingest/topics/taxonomy";
import { seedShow } from "@/tests/fixtures/seed-show";

const root = process.cwd();
const seeds: SourceInput[] = readdirSync(path.join(root, "data/sources"))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(root, "data/sources", file), "utf8") }));
const factsText = readFileSync(path.join(root, "data/episode-facts.json"), "utf8");
const taxonomy = parseTaxonomy(readFileSync(path.join(root, "data/topics.json"), "utf8"), "topics.json");
const catalog = buildCatalog(seeds, factsText, "episode-facts.json", taxonomy.topics, [seedShow]);

function bySlug(slug: string) {
  const episode = catalog.episodes.find((candidate) => candidate.slug === slug);
  if (!episode) throw new Error(`no episode ${slug}`);
  return episode;
}
const topicsOf = (slug: string) =>
  bySlug(slug)
    .topics.map((topic) => topic.slug)
    .sort();
const chapterTopics = (slug: string, title: string) =>
  bySlug(slug).chapters.find((chapter) => chapter.title === title)?.topics;

describe("topics of the seed episodes", () => {
  it.each([
    // Postgres's lock modes; "Deadlocks" is a databases moment, not a second filing.
    ["all-postgres-locks-explained-a-deep-dive", ["postgresql"]],
    // TLS done by the kernel; the two NIC-offload chapters and TCP in the text make it networking too.
    ["kernel-level-tls", ["linux-kernel", "networking", "tls-and-security"]],
    ["page-tables", ["memory-and-os"]],
    // The RCA: DynamoDB's DNS record and the network load balancers.
    ["amazon-us-east-1-outage-in-details", ["networking", "outages-and-incidents"]],
    // Postgres 18's asynchronous I/O (io_uring is one mode of it, not the subject).
    ["postgres-18-gets-async-io", ["postgresql", "storage-and-io"]],
    // MongoDB's storage compared with other engines: mentions MySQL and Postgres only in passing.
    ["the-internals-of-mongodb", ["databases", "mongodb"]],
    // Compiled, interpreted, JIT and garbage-collected languages.
    ["the-beauty-of-programming-languages", ["programming-languages"]],
    // Career advice; TCP/IP is only its running example, and "request" is no HTTP term.
    ["six-stages-of-a-good-software-engineer", ["career"]],
    // Regressions and crashes in MySQL releases: no HTTP, no outage.
    ["mysql-is-having-a-bumpy-journey", ["mysql"]],
    // SELECT * and row-store pages; "Network Cost" is one chapter, a networking moment.
    ["a-deep-dive-in-how-slow-select-is", ["databases", "performance"]],
    // An architecture story: "Swaps" is not swap memory, "Distributed System Overhead" is not the OS.
    ["prime-video-swaps-microservices-for-monolith-90-cost-reduction", ["architecture"]],
    // Ports exhausted in production: a networking incident (its "bug" and "troubleshooting" chapters).
    ["running-out-of-tcp-ephemeral-source-ports", ["networking", "outages-and-incidents"]],
    [
      "why-loom-users-got-each-others-sessions-on-march-7th-2023",
      ["outages-and-incidents", "tls-and-security"],
    ],
    ["github-ssh-key-is-leaked-how-bad-is-this", ["outages-and-incidents", "tls-and-security"]],
    // The six steps touch TLS and processes once each; the episode is about how backends split the work.
    ["the-journey-of-a-request-to-the-backend", ["architecture"]],
    ["they-made-python-faster-with-this-compiler-option", ["performance", "programming-languages"]],
    [
      "how-many-kernel-calls-in-nodejs-vs-bun-vs-python-vs-native-c",
      ["linux-kernel", "programming-languages"],
    ],
    // Postgres's process model: processes vs threads are most of its chapters.
    ["postgres-architecture", ["architecture", "memory-and-os", "postgresql"]],
    ["your-ssd-lies-but-thats-ok-postgres-fsync", ["postgresql", "storage-and-io"]],
    ["how-alt-svc-switches-http-2-clients-to-use-http-3", ["http"]],
    ["aws-serverless-lambda-supports-response-streaming", ["architecture", "http"]],
    ["database-torn-pages", ["databases"]],
  ])("%s -> %j", (slug, expected) => {
    expect(topicsOf(slug)).toEqual(expected);
  });

  it("tags chapters by their titles alone", () => {
    expect(chapterTopics("page-tables", "TLB")).toEqual(["memory-and-os"]);
    // Postgres only through the episode: the chapter names the kernel interface and the I/O.
    expect(chapterTopics("postgres-18-gets-async-io", "io_method io_uring")).toEqual([
      "linux-kernel",
      "storage-and-io",
    ]);
    expect(chapterTopics("database-torn-pages", "MySQL InnoDB Doublewrite buffer")).toEqual(["mysql"]);
    expect(
      chapterTopics("google-patches-linux-kernel-with-40-tcp-performance", "How CPU Cache Line Works"),
    ).toEqual(["memory-and-os"]);
    expect(chapterTopics("a-deep-dive-in-how-slow-select-is", "Network Cost")).toEqual(["networking"]);
    expect(chapterTopics("kernel-level-tls", "Userspace SSL Libraries")).toEqual(["tls-and-security"]);
    expect(chapterTopics("the-journey-of-a-request-to-the-backend", "Step 6 - Process")).toEqual([]);
  });

  it("files every episode under one to four topics, most under one to three", () => {
    const counts = catalog.episodes.map((episode) => episode.topics.length);
    expect(catalog.episodes.filter((episode) => episode.topics.length === 0).map((e) => e.slug)).toEqual([]);
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
    expect(counts.filter((count) => count <= 3).length / counts.length).toBeGreaterThan(0.9);
  });

  it("has no topic that files more than 40% of the episodes, and none left empty", () => {
    const perTopic = new Map(taxonomy.topics.map((topic) => [topic.slug, 0]));
    for (const episode of catalog.episodes)
      for (const topic of episode.topics) perTopic.set(topic.slug, perTopic.get(topic.slug)! + 1);
    for (const [slug, count] of perTopic) {
      expect(count, slug).toBeGreaterThan(0);
      expect(count / catalog.episodes.length, slug).toBeLessThanOrEqual(0.4);
    }
  });
});
