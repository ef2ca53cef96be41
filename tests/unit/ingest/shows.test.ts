// Which show each source file belongs to: stated at import, named by its feed channel or page header,
// else the default show; and the shows.json that records what was stated.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog, type SourceInput } from "@/lib/ingest/build";
import { assignShows, parseStatedShows, type SourceClaim } from "@/lib/ingest/shows";
import { seedShow } from "@/tests/fixtures/seed-show";

const read = (folder: string, file: string): SourceInput => ({
  file,
  text: readFileSync(path.join(process.cwd(), folder, file), "utf8"),
});
const seeds = ["000_a73692b421beb85a.txt", "003_2286eee2839ae7ee.txt", "004_87154e9c1cfdff59.txt"].map(
  (file) => read("data/sources", file),
);
const radio = read("tests/fixtures/feeds", "network-stack-radio.xml");

describe("assignShows", () => {
  const claim = (file: string, stated: string | null, named: SourceClaim["named"] = null): SourceClaim => ({
    file,
    stated,
    named,
  });

  it("prefers the stated show, then the name the source gives, then the default show", () => {
    const { shows, sources } = assignShows(
      [
        claim("a.xml", "Network Stack Radio", { name: "The Backend Engineering Show", by: "feed-channel" }),
        claim("b.txt", null, { name: "the backend engineering show!", by: "page-header" }),
        claim("c.txt", null),
      ],
      [seedShow],
    );
    expect(shows.map((show) => [show.slug, show.isDefault])).toEqual([
      ["the-backend-engineering-show", true],
      ["network-stack-radio", false],
    ]);
    expect(sources).toEqual([
      { file: "a.xml", show: "network-stack-radio", assignedBy: "stated" },
      { file: "b.txt", show: "the-backend-engineering-show", assignedBy: "page-header" },
      { file: "c.txt", show: "the-backend-engineering-show", assignedBy: "default" },
    ]);
  });

  it("makes the first show a source names the default when there is no show file", () => {
    const { shows, sources } = assignShows(
      [claim("x.txt", null), claim("radio.xml", null, { name: "Network Stack Radio", by: "feed-channel" })],
      [],
    );
    expect(shows).toEqual([
      { slug: "network-stack-radio", name: "Network Stack Radio", file: null, isDefault: true },
    ]);
    expect(sources.map((source) => source.show)).toEqual(["network-stack-radio", "network-stack-radio"]);
  });

  it("prefers the show file marked default over the first by name", () => {
    const other = { ...seedShow, slug: "a-first-show", name: "A first show", aliases: [], default: false };
    const { shows } = assignShows([claim("x.txt", null)], [other, seedShow]);
    expect(shows.map((show) => [show.slug, show.isDefault])).toEqual([
      ["the-backend-engineering-show", true],
      ["a-first-show", false],
    ]);
    const noDefault = assignShows([claim("x.txt", null)], [{ ...seedShow, default: false }, other]);
    expect(noDefault.shows[0]).toMatchObject({ slug: "a-first-show", isDefault: true });
  });
});

describe("buildCatalog assigns each kind of source", () => {
  const catalog = buildCatalog([...seeds, radio], null, "facts.json", [], [seedShow]);

  it("reads the 003 and 004 page headers and the feed channel, and gives 000 to the default show", () => {
    expect(catalog.sourceShows).toEqual([
      { file: "000_a73692b421beb85a.txt", show: "the-backend-engineering-show", assignedBy: "default" },
      { file: "003_2286eee2839ae7ee.txt", show: "the-backend-engineering-show", assignedBy: "page-header" },
      { file: "004_87154e9c1cfdff59.txt", show: "the-backend-engineering-show", assignedBy: "page-header" },
      { file: "network-stack-radio.xml", show: "network-stack-radio", assignedBy: "feed-channel" },
    ]);
  });

  it("takes a show without a data file entirely from its feed channel", () => {
    expect(catalog.shows[1]).toEqual({
      slug: "network-stack-radio",
      name: "Network Stack Radio",
      author: "Dana Ortiz",
      description: "Weekly conversations about networking & databases.",
      links: [{ url: "https://radio.example.org/", kind: "reference", label: null }],
      artworkUrl: "https://radio.example.org/cover.jpg",
      feedUrl: null,
      youtubeChannel: null,
      isDefault: false,
    });
    expect(
      catalog.episodes.filter((episode) => episode.show === "network-stack-radio").map((e) => e.title),
    ).toEqual([
      "Connection pooling, explained",
      "Write-ahead logs & fsync",
      "Load balancers at layer 4 and layer 7",
      "Timeouts everywhere",
    ]);
  });

  it("takes the seed show from its data file, which wins over the sources", () => {
    expect(catalog.shows[0]).toMatchObject({
      slug: "the-backend-engineering-show",
      name: "The Backend Engineering Show with Hussein Nasser",
      author: "Hussein Nasser",
      feedUrl: "https://anchor.fm/s/1eb6d14/podcast/rss",
      isDefault: true,
    });
  });

  it("puts a stated source in the stated show, whatever its channel says", () => {
    const stated = buildCatalog(
      [...seeds, radio],
      null,
      "facts.json",
      [],
      [seedShow],
      new Map([["network-stack-radio.xml", "The Backend Engineering Show"]]),
    );
    expect(stated.shows.map((show) => show.slug)).toEqual(["the-backend-engineering-show"]);
    expect(stated.sourceShows.at(-1)).toEqual({
      file: "network-stack-radio.xml",
      show: "the-backend-engineering-show",
      assignedBy: "stated",
    });
  });
});

describe("parseStatedShows", () => {
  it("reads file name -> show name", () => {
    expect(parseStatedShows('{ "radio.xml": "Network Stack Radio" }', "shows.json")).toEqual({
      stated: new Map([["radio.xml", "Network Stack Radio"]]),
      issues: [],
    });
  });

  it("names the line of a bad entry", () => {
    const text = [
      "{",
      '  "radio.xml": "Network Stack Radio",',
      '  "notes.md": "Other",',
      '  "dump.txt": ""',
      "}",
    ];
    const { stated, issues } = parseStatedShows(text.join("\n"), "data/sources/shows.json");
    expect(stated.size).toBe(0);
    expect(issues.map((issue) => [issue.file, issue.line, issue.severity])).toEqual([
      ["data/sources/shows.json", 3, "error"],
      ["data/sources/shows.json", 4, "error"],
    ]);
  });
});
