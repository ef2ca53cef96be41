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

describe("assignShows: a known show named inside a longer heading", () => {
  const showFile = (slug: string, name: string, aliases: string[] = []) => ({
    ...seedShow,
    slug,
    name,
    aliases,
    default: false,
  });
  const harbor = showFile("harbor-lights-podcast", "Harbor Lights Podcast", ["Harbor Lights Radio"]);
  const header = (file: string, name: string): SourceClaim => ({
    file,
    stated: null,
    named: { name, by: "page-header" },
  });
  const showOf = (name: string, files = [seedShow, harbor]) =>
    assignShows([header("page.txt", name)], files).sources[0];

  it("gives a page to the known show whose whole name its heading holds", () => {
    expect(showOf("Acerca de Harbor Lights Podcast")).toEqual({
      file: "page.txt",
      show: "harbor-lights-podcast",
      assignedBy: "page-header",
    });
    expect(showOf("Harbor Lights Podcast with Ana Ruiz")?.show).toBe("harbor-lights-podcast");
    // Whatever the case and punctuation; an alias counts like the name.
    expect(showOf("ACERCA DE: harbor-lights podcast!")?.show).toBe("harbor-lights-podcast");
    expect(showOf("Sobre Harbor Lights Radio")?.show).toBe("harbor-lights-podcast");
    expect(showOf("Acerca de The Backend Engineering Show")?.show).toBe("the-backend-engineering-show");
  });

  it("needs whole words: a longer word that starts with the name is another show", () => {
    const { shows, sources } = assignShows(
      [header("page.txt", "The Backend Engineering Showcase")],
      [seedShow, harbor],
    );
    expect(sources[0]).toEqual({
      file: "page.txt",
      show: "the-backend-engineering-showcase",
      assignedBy: "page-header",
    });
    expect(shows.at(-1)).toEqual({
      slug: "the-backend-engineering-showcase",
      name: "The Backend Engineering Showcase",
      file: null,
      isDefault: false,
    });
    expect(showOf("Harbor Lights Podcasts")?.show).toBe("harbor-lights-podcasts");
  });

  it("takes the longest known name a heading holds", () => {
    const lights = showFile("harbor-lights", "Harbor Lights");
    expect(showOf("Acerca de Harbor Lights Podcast", [lights, harbor])?.show).toBe("harbor-lights-podcast");
    expect(showOf("Acerca de Harbor Lights", [lights, harbor])?.show).toBe("harbor-lights");
  });

  it("ignores names shorter than eight characters, and shows with no data file", () => {
    const short = showFile("radio-x", "Radio X");
    expect(showOf("Listen to Radio X", [short])?.show).toBe("listen-to-radio-x");
    // "Night Shift" is a show only because the first page names it: no data file, no containment.
    const { sources } = assignShows(
      [header("a.txt", "Night Shift"), header("b.txt", "Acerca de Night Shift")],
      [seedShow],
    );
    expect(sources.map((source) => source.show)).toEqual(["night-shift", "acerca-de-night-shift"]);
  });

  it('puts a record-shaped page whose header reads "Acerca de <show>" in that show', () => {
    // A blank line between each title and its description, as a directory page prints them.
    const page = [
      "Podcasts",
      "Technology",
      "",
      "Acerca de Harbor Lights Podcast",
      "Welcome to the Harbor Lights podcast, stories of lighthouses and of the people who kept them, told by former keepers from the Atlantic coast.",
      "",
      "Lighthouse Keepers of Maine",
      "",
      "The last lighthouse keepers of Maine recall the storms, the logbooks and the long winters on the rocks. We visit three stations along the coast.",
      "",
      "Fog Signals Explained",
      "",
      "How fog horns, bells and sirens guided ships before radar. A retired engineer explains the machinery behind the fog signals.",
    ].join("\n");
    const catalog = buildCatalog(
      [{ file: "faros.txt", text: page }],
      null,
      "facts.json",
      [],
      [seedShow, harbor],
    );
    expect(catalog.sourceShows).toEqual([
      {
        file: "faros.txt",
        show: "harbor-lights-podcast",
        assignedBy: "page-header",
        layout: "record-shape",
        recordShape: "title, description",
        episodes: 2,
        chromeLines: 2,
      },
    ]);
    expect(
      catalog.episodes.filter((episode) => episode.show === "harbor-lights-podcast").map((e) => e.title),
    ).toEqual(["Lighthouse Keepers of Maine", "Fog Signals Explained"]);
  });
});

describe("buildCatalog assigns each kind of source", () => {
  const catalog = buildCatalog([...seeds, radio], null, "facts.json", [], [seedShow]);

  it("reads the 003 and 004 page headers and the feed channel, and gives 000 to the default show", () => {
    expect(catalog.sourceShows.map(({ file, show, assignedBy }) => ({ file, show, assignedBy }))).toEqual([
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
    expect(stated.sourceShows.at(-1)).toMatchObject({
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
