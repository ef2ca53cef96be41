import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstInvalidUtf8Offset, readFacts, readSourceInputs } from "@/lib/ingest/sources";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-sources-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("readSourceInputs", () => {
  it("reads the .txt files sorted by name, as base names, without a BOM", () => {
    writeFileSync(path.join(dir, "b.txt"), "second\n");
    writeFileSync(
      path.join(dir, "a.txt"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("first – ünïcode\n")]),
    );
    writeFileSync(path.join(dir, "notes.md"), "ignored");
    mkdirSync(path.join(dir, "sub.txt"));

    expect(readSourceInputs({ sourcesDirs: [dir] })).toEqual([
      { file: "a.txt", path: path.join(dir, "a.txt"), text: "first – ünïcode\n" },
      { file: "b.txt", path: path.join(dir, "b.txt"), text: "second\n" },
    ]);
  });

  it("reads explicit files in the order given", () => {
    writeFileSync(path.join(dir, "b.txt"), "B");
    writeFileSync(path.join(dir, "a.txt"), "A");
    const inputs = readSourceInputs({ files: [path.join(dir, "b.txt"), path.join(dir, "a.txt")] });
    expect(inputs.map((input) => input.file)).toEqual(["b.txt", "a.txt"]);
  });

  it("names the file and the line of the first invalid byte", () => {
    const file = path.join(dir, "bad.txt");
    // Line 3 holds a lone continuation byte (0x80) after valid multi-byte text on line 2.
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("ok\nstill “ok”\nbroken "), Buffer.from([0x80]), Buffer.from(" here\n")]),
    );
    const error = thrown(() => readSourceInputs({ sourcesDirs: [dir] }));
    expect(error.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: invalid UTF-8`),
    );
    expect(error.message).not.toContain("\n");
  });

  it("fails with one line naming a missing folder or file", () => {
    const missingDir = path.join(dir, "nope");
    const dirError = thrown(() => readSourceInputs({ sourcesDirs: [missingDir] }));
    expect(dirError.message).toBe(`${missingDir}: no such file or directory`);

    const missingFile = path.join(dir, "gone.txt");
    const fileError = thrown(() => readSourceInputs({ files: [missingFile] }));
    expect(fileError.message).toBe(`${missingFile}: no such file or directory`);
    expect(fileError.cause).toBeDefined();
  });

  it("refuses a folder without source files", () => {
    expect(thrown(() => readSourceInputs({ sourcesDirs: [dir] })).message).toBe(
      `${dir}: no .txt or .xml source files`,
    );
  });
});

describe("readSourceInputs over several folders", () => {
  it("reads feeds and text at the top of each folder, chapters files at any depth, folder after folder", () => {
    const first = path.join(dir, "first");
    const second = path.join(dir, "second");
    mkdirSync(path.join(second, "chapters"), { recursive: true });
    mkdirSync(first);
    writeFileSync(path.join(first, "b.txt"), "B");
    writeFileSync(path.join(second, "a.txt"), "A");
    writeFileSync(path.join(second, "show.xml"), "<rss/>");
    writeFileSync(path.join(second, "chapters", "ep1.json"), "{}");
    writeFileSync(path.join(second, "chapters", "nested.txt"), "not a source: below the top");
    expect(readSourceInputs({ sourcesDirs: [first, second] }).map((input) => input.file)).toEqual([
      "b.txt",
      "a.txt",
      "chapters/ep1.json",
      "show.xml",
    ]);
  });

  it("refuses two folders holding the same file name", () => {
    const first = path.join(dir, "one");
    const second = path.join(dir, "two");
    mkdirSync(first);
    mkdirSync(second);
    writeFileSync(path.join(first, "a.txt"), "A");
    writeFileSync(path.join(second, "a.txt"), "A again");
    expect(thrown(() => readSourceInputs({ sourcesDirs: [first, second] })).message).toBe(
      `${path.join(second, "a.txt")}: another source file has the same name (${path.join(first, "a.txt")})`,
    );
  });

  it("reads the chapters files an explicit feed refers to", () => {
    mkdirSync(path.join(dir, "ch"));
    writeFileSync(
      path.join(dir, "feed.xml"),
      `<rss><channel><item><podcast:chapters url="ch/one.json" type="application/json+chapters"/></item></channel></rss>`,
    );
    writeFileSync(path.join(dir, "ch", "one.json"), `{"version":"1.2.0","chapters":[]}`);
    expect(readSourceInputs({ files: [path.join(dir, "feed.xml")] }).map((input) => input.file)).toEqual([
      "feed.xml",
      "ch/one.json",
    ]);
  });
});

describe("readFacts", () => {
  it("returns the text, or null when the file does not exist", () => {
    const file = path.join(dir, "facts.json");
    expect(readFacts(file)).toBeNull();
    writeFileSync(file, "[]");
    expect(readFacts(file)).toBe("[]");
  });
});

describe("firstInvalidUtf8Offset", () => {
  it.each([
    ["valid text", [0x61, 0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xf0, 0x9f, 0x98, 0x80], -1],
    ["lone continuation byte", [0x61, 0x80], 1],
    ["overlong two-byte form", [0xc0, 0xaf], 0],
    ["overlong three-byte form", [0x61, 0xe0, 0x80, 0xaf], 1],
    ["UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["truncated sequence at the end", [0x61, 0x62, 0xe2, 0x80], 2],
  ])("%s", (_name, bytes, expected) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(expected);
  });
});
