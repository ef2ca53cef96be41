import { describe, expect, it } from "vitest";

import { findGluedWords, splitGlued } from "@/lib/ingest/text/glue";

describe("splitGlued", () => {
  it("splits the glued sub-points of the page-faults episode (000 line 2)", () => {
    expect(
      splitGlued(
        "Virtual memoryAbstraction of physical memoryMemory sharingAllow more processes to run , unused go to diskNuma, kernel can place memory near the cpu",
      ),
    ).toEqual([
      "Virtual memory",
      "Abstraction of physical memory",
      "Memory sharing",
      "Allow more processes to run , unused go to disk",
      "Numa, kernel can place memory near the cpu",
    ]);
  });

  it("splits an acronym glued to a capitalised word and words glued to each other", () => {
    expect(splitGlued("VMA areasText/code Data BSSHeapStack")).toEqual([
      "VMA areas",
      "Text/code Data BSS",
      "Heap",
      "Stack",
    ]);
    expect(splitGlued("Network Load Balancer ErrorsRCA here")).toEqual([
      "Network Load Balancer Errors",
      "RCA here",
    ]);
    expect(splitGlued("SummaryLinks")).toEqual(["Summary", "Links"]);
  });

  it.each([
    "PostgreSQL",
    "MongoDB",
    "WebTransport",
    "GitHub",
    "JavaScript",
    "io_uring",
    "NodeJS",
    "ScyllaDB",
    "YouTube",
    "WiredTiger",
    "wiredTiger",
    "GoAWAY",
    "CoW",
    "MySQL",
    "macOS",
    "IPv6",
    "UUIDv7",
    "SSDs",
    "TLS_HW_RECORD",
    "BunJS",
    "DynamoDB",
    "RabbitMQ",
    "GraphQL",
    "iPhone",
    "eBPF",
    "gRPC",
    "WebSocket",
    "OpenSSL",
    "LinkedIn",
    "TypeScript",
    "ZeroCopy",
    "SnowFlake",
    "InnoDB",
    "RocksDB",
    "HTTP/2",
  ])("never splits the name %s", (name) => {
    expect(splitGlued(`${name} in a sentence`)).toEqual([`${name} in a sentence`]);
    expect(findGluedWords(name)).toEqual([]);
  });

  it("still splits a glue point next to a known name", () => {
    expect(splitGlued("Why PostgreSQLMongoDB")).toEqual(["Why PostgreSQL", "MongoDB"]);
    expect(splitGlued("compare with MongoDBPerformance")).toEqual(["compare with MongoDB", "Performance"]);
  });
});

describe("findGluedWords", () => {
  it("reports words that still look glued", () => {
    expect(findGluedWords("Network Load Balancer ErrorsRCA here")).toEqual(["ErrorsRCA"]);
    expect(findGluedWords("HTTP/2 GoAWAY frame in PostgreSQL")).toEqual([]);
  });
});
