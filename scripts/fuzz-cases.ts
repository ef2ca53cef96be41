// Generated source files for fuzzing the catalog pipeline, and the check each one must pass. Shared by
// the fixed-seed unit test (tests/unit/ingest/text/fuzz.test.ts) and the longer `npm run fuzz`.
// An input is bytes, as a file on disk holds them: it goes through the strict UTF-8 reader, then the parser.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildCatalog } from "@/lib/ingest/build";
import { parseSource } from "@/lib/ingest/text";
import { parseResultSchema } from "@/lib/catalog/schema";
import { decodeUtf8, defaultSourcesDir, firstInvalidUtf8Offset } from "@/lib/ingest/sources";

export const fuzzFile = "fuzz.txt";

/** The seed sources as bytes, the raw material of most inputs. */
export const seedSources: Uint8Array[] = readdirSync(defaultSourcesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => new Uint8Array(readFileSync(path.join(defaultSourcesDir, name))));

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Byte sequences that a strict decoder must refuse, and text that stresses the parser. */
const invalidUtf8 = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc0, 0x80], // overlong NUL
  [0xe0, 0x80, 0x80], // overlong
  [0xed, 0xa0, 0x80], // UTF-16 surrogate
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xe2, 0x82], // truncated sequence
  [0x93, 0x94], // Windows-1252 smart quotes
].map((bytes) => new Uint8Array(bytes));

const fragments = [
  "0:00 Intro",
  "12:34 Chapter",
  "1:02:03",
  "1820:00",
  "https://example.com/a",
  "www.youtube.com/watch?v=yGjGc21mmoU&t=76s",
  "ebookhttps://amzn.to/a",
  "Postgres 1820:00 Summary",
  "- bullet",
  "By Someone",
  "Subscribe now.",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u200b",
  "\u00a0",
  "\ue000",
  "\ufeff",
  "\r",
  "\r\n",
  "\n\n",
  "\t",
  "ﬁ",
  "é",
  "e\u0301",
  "👩‍💻",
  "\u202e",
].map(utf8);

const fragment = fc.oneof(
  fc.constantFrom(...fragments),
  fc.constantFrom(...invalidUtf8),
  fc.string({ maxLength: 20 }).map(utf8),
);

/** A piece of a seed file: any byte range, so UTF-8 sequences and lines get cut anywhere. */
const seedSlice = (maxLength: number) =>
  fc
    .tuple(fc.nat({ max: seedSources.length - 1 }), fc.nat(), fc.nat({ max: maxLength }))
    .map(([which, start, length]) => {
      const seed = seedSources[which]!;
      const from = start % seed.length;
      return seed.subarray(from, from + length);
    });

type Edit =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fragment }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
);

function applyEdits(bytes: Uint8Array, edits: Edit[]): Uint8Array {
  let result = bytes;
  for (const change of edits) {
    const at = result.length === 0 ? 0 : change.at % (result.length + 1);
    if (change.kind === "flip" && at < result.length) {
      result = result.slice();
      result[at] = change.byte;
    } else if (change.kind === "insert") {
      result = concat([result.subarray(0, at), change.bytes, result.subarray(at)]);
    } else if (change.kind === "delete") {
      result = concat([result.subarray(0, at), result.subarray(at + change.length)]);
    }
  }
  return result;
}

/** Text re-encoded the way a scraper with the wrong charset would save it. */
function reencode(bytes: Uint8Array, encoding: "latin1" | "utf16le" | "utf16be" | "utf8"): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  if (encoding === "utf8") return bytes;
  if (encoding === "utf16be") {
    const le = Buffer.from(text, "utf16le");
    for (let index = 0; index + 1 < le.length; index += 2)
      [le[index], le[index + 1]] = [le[index + 1]!, le[index]!];
    return new Uint8Array(le);
  }
  return new Uint8Array(Buffer.from(text, encoding));
}

/** One long line (no line break) of a repeated piece: plain text, glued chapters, URLs, spaces. */
const hugeLine = (maxBytes: number) =>
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...fragments.slice(0, 12)),
        seedSlice(400).map((bytes) => bytes.map((byte) => (byte === 0x0a || byte === 0x0d ? 0x20 : byte))),
      ),
      fc.integer({ min: 1_000, max: maxBytes }),
    )
    .map(([piece, size]) => {
      if (piece.length === 0) return new Uint8Array(size).fill(0x61);
      const copies = Math.ceil(size / piece.length);
      return concat(Array.from({ length: copies }, () => piece)).subarray(0, size);
    });

/** Envelope: a BOM (UTF-8 or UTF-16), and the line endings of another platform. */
function envelope(bytes: Uint8Array, bom: "none" | "utf8" | "utf16", endings: "lf" | "crlf" | "cr") {
  let body = bytes;
  if (endings !== "lf") {
    const out: number[] = [];
    for (const byte of bytes) {
      if (byte === 0x0a) {
        if (endings === "crlf") out.push(0x0d, 0x0a);
        else out.push(0x0d);
      } else out.push(byte);
    }
    body = new Uint8Array(out);
  }
  const prefix = bom === "utf8" ? [0xef, 0xbb, 0xbf] : bom === "utf16" ? [0xff, 0xfe] : [];
  return concat([new Uint8Array(prefix), body]);
}

export type FuzzOptions = {
  /** Longest slice of a seed file. */
  maxSlice: number;
  /** Longest generated single line. */
  maxLine: number;
};

/** Every kind of generated source file, as bytes. */
export function fuzzInput(options: FuzzOptions): fc.Arbitrary<Uint8Array> {
  const base = fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2048 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 1000 }).map(utf8) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 500 }).map(utf8) },
    { weight: 4, arbitrary: seedSlice(options.maxSlice) },
    {
      weight: 3,
      arbitrary: fc.array(fc.oneof(seedSlice(options.maxSlice / 4), fragment), { maxLength: 12 }).map(concat),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(seedSlice(options.maxSlice), fc.array(edit, { maxLength: 12 }))
        .map(([bytes, edits]) => applyEdits(bytes, edits)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          seedSlice(options.maxSlice),
          fc.constantFrom<"latin1" | "utf16le" | "utf16be" | "utf8">("latin1", "utf16le", "utf16be", "utf8"),
        )
        .map(([bytes, encoding]) => reencode(bytes, encoding)),
    },
    { weight: 1, arbitrary: hugeLine(options.maxLine) },
  );
  return fc
    .tuple(
      base,
      fc.constantFrom<"none" | "utf8" | "utf16">("none", "none", "utf8", "utf16"),
      fc.constantFrom<"lf" | "crlf" | "cr">("lf", "lf", "crlf", "cr"),
    )
    .map(([bytes, bom, endings]) => envelope(bytes, bom, endings));
}

export type FuzzOutcome = { decoded: boolean; episodes: number; ms: number };

function fail(message: string, bytes: Uint8Array): never {
  const head = Buffer.from(bytes.subarray(0, 120)).toString("hex");
  throw new Error(`${message} (input of ${bytes.length} bytes, starting ${head})`);
}

/**
 * checkInput(bytes) -> { decoded: true, episodes: 2, ms: 3.1 }; throws when the reader or the parser
 * misbehaves: a wrong invalid-UTF-8 message, an exception, output that breaks the schema, a non-http link.
 * `decoded` is false when the strict reader refused the bytes (the parser then reads a lenient decoding).
 */
export function checkInput(bytes: Uint8Array, options: { build?: boolean } = {}): FuzzOutcome {
  const started = performance.now();
  const invalidAt = firstInvalidUtf8Offset(bytes);
  let text: string;
  let decoded = true;
  try {
    text = decodeUtf8(bytes, fuzzFile);
  } catch (error) {
    decoded = false;
    const message = error instanceof Error ? error.message : String(error);
    const match = /^fuzz\.txt:(\d+): invalid UTF-8 \(byte 0x[0-9a-f]{2} at offset (\d+)\)$/.exec(message);
    if (!match) fail(`unexpected reader error: ${message}`, bytes);
    const offset = Number(match[2]);
    if (offset !== invalidAt)
      fail(`reader names offset ${offset}, first invalid byte is ${invalidAt}`, bytes);
    const line = 1 + bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length;
    if (Number(match[1]) !== line) fail(`reader names line ${match[1]}, the byte is on line ${line}`, bytes);
    // The import stops here. The parser still gets the text a lenient reader would make of it
    // (U+FFFD for each bad sequence): it is a pure function over any string.
    text = new TextDecoder().decode(bytes);
  }
  if (decoded && invalidAt !== -1) fail(`decoded although byte ${invalidAt} is invalid UTF-8`, bytes);

  let episodes: number;
  try {
    const result = parseSource(text, fuzzFile);
    const valid = parseResultSchema.safeParse(result);
    if (!valid.success) fail(`parse result breaks the schema: ${valid.error.message}`, bytes);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const episode of result.episodes) {
      if (episode.source.line > lineCount)
        fail(`episode on line ${episode.source.line} of ${lineCount}`, bytes);
      for (const link of [...episode.links, ...(result.show?.links ?? [])]) {
        if (!/^https?:\/\//.test(link.url)) fail(`link that is not http(s): ${link.url}`, bytes);
      }
    }
    for (const issue of result.issues) {
      if (issue.line > lineCount) fail(`issue on line ${issue.line} of ${lineCount}`, bytes);
    }
    episodes = result.episodes.length;
    if (options.build) buildCatalog([{ file: fuzzFile, text }], null);
  } catch (error) {
    if (error instanceof Error && error.message.includes("(input of ")) throw error;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    fail(`the parser threw: ${message}`, bytes);
  }
  return { decoded, episodes, ms: performance.now() - started };
}

/** Summary of a run's per-input times. */
export function timing(times: number[]): { total: number; max: number; p99: number; mean: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const total = sorted.reduce((sum, time) => sum + time, 0);
  return {
    total,
    max: sorted.at(-1) ?? 0,
    p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    mean: sorted.length ? total / sorted.length : 0,
  };
}
