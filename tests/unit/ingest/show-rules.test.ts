// The shows' data files: data/shows/ itself is valid and says what the host's pages say, and every
// kind of mistake comes back as an issue with the file and the line at fault.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseShowFiles } from "@/lib/ingest/show-rules";

const file = "the-backend-engineering-show.json";
const text = readFileSync(path.join(process.cwd(), "data/shows", file), "utf8");
const lineOf = (issues: { line: number; message: string }[]) =>
  issues.map(({ line, message }) => ({ line, message }));

describe("data/shows/the-backend-engineering-show.json", () => {
  const { shows, issues } = parseShowFiles([{ file, text }]);
  const show = shows[0];

  it("is valid, and is the default show", () => {
    expect(issues).toEqual([]);
    expect(show).toMatchObject({
      slug: "the-backend-engineering-show",
      name: "The Backend Engineering Show with Hussein Nasser",
      aliases: ["The Backend Engineering Show"],
      default: true,
      host: "Hussein Nasser",
      feedUrl: "https://anchor.fm/s/1eb6d14/podcast/rss",
      youtubeChannel: "https://www.youtube.com/c/HusseinNasser-software-engineering",
    });
    expect(show!.links?.map((link) => [link.url, link.kind])).toEqual([
      ["http://www.youtube.com/c/HusseinNasser-software-engineering", "social"],
      ["https://www.buymeacoffee.com/hnasr", "support"],
      ["https://husseinnasser.com/courses", "course"],
    ]);
  });

  it("words the host's promotions as the seed descriptions do", () => {
    const matched = (line: string) =>
      show!.promoPhrases.map((phrase) => phrase.exec(line)?.[0]).find((match) => match !== undefined);
    expect(
      matched("Fundamentals of Database Engineering udemy course (link redirects to udemy with coupon)"),
    ).toBe("Fundamentals of Database Engineering udemy course (link redirects to udemy with coupon)");
    expect(matched("Grab my backend performance course https://performance.husseinnasser.com")).toBe(
      "Grab my backend performance course",
    );
    expect(matched("backend troubleshooting course")).toBe("backend troubleshooting course");
    expect(matched("Fundamentals of networking")).toBeUndefined();
  });
});

describe("parseShowFiles", () => {
  it("means only the general rules when there is no show file", () => {
    expect(parseShowFiles([])).toEqual({ shows: [], issues: [] });
  });

  it("fills what a file leaves out with nothing", () => {
    expect(parseShowFiles([{ file, text: '{ "name": "A show" }' }]).shows).toEqual([
      {
        slug: "the-backend-engineering-show",
        name: "A show",
        aliases: [],
        default: false,
        youtubeChannel: null,
        courseHosts: [],
        supportHosts: [],
        promoPhrases: [],
        titleDecorations: [],
      },
    ]);
  });

  it("names the line of a bad host, a bad pattern, a channel that is not one and an unknown field", () => {
    const broken = [
      "{", // 1
      '  "name": "A show",', // 2
      '  "youtubeChannel": "https://www.youtube.com/watch?v=fVKPrDrEwTI",', // 3
      '  "courseHosts": [', // 4
      '    "os.win",', // 5
      '    "https://Courses.Example.com"', // 6
      "  ],", // 7
      '  "promoPhrases": ["Get my (course"],', // 8
      '  "sponsor": "nobody"', // 9
      "}", // 10
    ].join("\n");
    const { shows, issues } = parseShowFiles([{ file, text: broken }]);
    expect(shows).toEqual([]);
    expect(issues.every((issue) => issue.file === file && issue.severity === "error")).toBe(true);
    expect(issues.map((issue) => issue.code)).toEqual([
      "show-schema",
      "show-schema",
      "show-schema",
      "show-schema",
    ]);
    expect(lineOf(issues)).toEqual([
      { line: 3, message: expect.stringMatching(/^\.youtubeChannel: not a YouTube channel URL/) },
      { line: 6, message: expect.stringMatching(/^\.courseHosts\[1\]: a lower-case host/) },
      { line: 8, message: expect.stringMatching(/^\.promoPhrases\[0\]: not a regular expression/) },
      { line: 1, message: expect.stringMatching(/sponsor/) },
    ]);
  });

  it("names the line of broken JSON", () => {
    // A missing comma after line 2: V8 stops at the next property, line 3.
    const { issues } = parseShowFiles([{ file, text: '{\n  "name": "A show"\n  "courseHosts": []\n}' }]);
    expect(issues).toEqual([
      expect.objectContaining({ file, line: 3, severity: "error", code: "show-json" }),
    ]);
  });

  it("reads one show per file, named by its slug, and refuses a clash of names or two defaults", () => {
    const { shows, issues } = parseShowFiles([
      { file, text },
      { file: "network-stack-radio.json", text: '{ "name": "Network Stack Radio", "default": true }' },
      { file: "copy.json", text: '{ "name": "Other", "aliases": ["the backend engineering show!"] }' },
      { file: "Bad Name.json", text: '{ "name": "Bad" }' },
    ]);
    expect(shows.map((show) => show.slug)).toEqual(["the-backend-engineering-show", "network-stack-radio"]);
    expect(issues.map((issue) => [issue.file, issue.code])).toEqual([
      ["copy.json", "show-name-taken"],
      ["Bad Name.json", "show-file-name"],
      ["network-stack-radio.json", "show-default-twice"],
    ]);
  });
});
