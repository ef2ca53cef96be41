// The taxonomy file: data/topics.json itself is valid, and every kind of mistake comes back as an
// issue naming the line of the topic at fault.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseTaxonomy } from "@/lib/ingest/topics/taxonomy";

const topic = (fields: string) =>
  `  {\n    "slug": "networking",\n    "name": "Networking",\n    "description": "TCP and sockets.",\n${fields}\n  }`;

describe("parseTaxonomy", () => {
  it("reads data/topics.json: a curated list with the topics the issue asks for", () => {
    const text = readFileSync(path.join(process.cwd(), "data/topics.json"), "utf8");
    const { topics, issues } = parseTaxonomy(text, "topics.json");
    expect(issues).toEqual([]);
    expect(topics.length).toBeGreaterThanOrEqual(12);
    expect(topics.length).toBeLessThanOrEqual(18);
    expect(topics.map((entry) => entry.slug)).toEqual(
      expect.arrayContaining([
        "postgresql",
        "mysql",
        "mongodb",
        "databases",
        "linux-kernel",
        "memory-and-os",
        "networking",
        "http",
        "tls-and-security",
        "performance",
        "outages-and-incidents",
        "architecture",
        "career",
      ]),
    );
    const postgres = topics.find((entry) => entry.slug === "postgresql")!;
    expect(postgres.terms.map((term) => term.term)).toEqual(
      expect.arrayContaining(["Postgres", "PG18", "MVCC"]),
    );
  });

  it("normalises plain terms and keeps where a term counts", () => {
    const text = `[\n${topic('    "terms": ["TCP", { "term": "port", "where": "titles" }]')}\n]`;
    expect(parseTaxonomy(text, "topics.json")).toEqual({
      topics: [
        {
          slug: "networking",
          name: "Networking",
          description: "TCP and sockets.",
          terms: [
            { term: "TCP", where: "anywhere" },
            { term: "port", where: "titles" },
          ],
        },
      ],
      issues: [],
    });
  });

  it("names the line of the topic with a bad slug, a duplicate slug or no terms", () => {
    const text = [
      "[",
      `${topic('    "terms": ["TCP"]')},`, // lines 2-7
      `${topic('    "terms": ["UDP"]')},`, // lines 8-13: duplicate slug
      "  {", // line 14
      '    "slug": "Bad Slug",',
      '    "name": "Bad",',
      '    "description": "x",',
      '    "terms": []',
      "  }",
      "]",
    ].join("\n");
    const { topics, issues } = parseTaxonomy(text, "topics.json");
    expect(topics).toEqual([]);
    expect(issues.map(({ line, message }) => ({ line, message }))).toEqual(
      expect.arrayContaining([
        { line: 14, message: expect.stringMatching(/^\[2\]\.slug: slug must be lower-case/) },
        { line: 14, message: expect.stringMatching(/^\[2\]\.terms: /) },
        { line: 8, message: "[1].slug: duplicate slug networking" },
      ]),
    );
    expect(issues.every((issue) => issue.file === "topics.json" && issue.severity === "error")).toBe(true);
  });

  it("names the line of a topic with a duplicate term, an unknown place or an unknown field", () => {
    const text = [
      "[",
      `${topic('    "terms": ["TCP", "tcp"]')},`, // line 2
      `${topic('    "terms": [{ "term": "port", "where": "body" }]')},`, // line 8
      `${topic('    "terms": ["TCP"],\n    "weight": 2')}`, // line 14
      "]",
    ].join("\n");
    const { issues } = parseTaxonomy(text, "topics.json");
    expect(issues.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 2, message: '[0].terms[1]: duplicate term "tcp"' },
      { line: 8, message: expect.stringMatching(/^\[1\]\.terms\[0\]/) },
      { line: 14, message: expect.stringMatching(/^\[2\]: .*weight/) },
    ]);
  });

  it("names the line of broken JSON", () => {
    // A missing comma after "name" (line 4): V8 stops at the next property, line 5, and says so.
    const text = `[\n${topic('    "terms": ["TCP"]')}\n]`.replace('"Networking",', '"Networking"');
    const { topics, issues } = parseTaxonomy(text, "topics.json");
    expect(topics).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ file: "topics.json", line: 5, code: "topics-json", severity: "error" }),
    ]);
  });
});
