// The strict reader and the parser over 10,000 generated source files (fixed seed): random bytes,
// cut and spliced seed files, edits, wrong encodings, huge lines, control characters, BOMs, CRLF.
// Nothing throws, every output satisfies the schema, and no input takes longer than the hang bound.
// `npm run fuzz -- --runs N --seed S` runs more, plus the 1 MB line and 50 MB file cases.
// The layout corpus (tests/fixtures/layouts/) is fuzzed the same way: its pages cut at any byte and spliced.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInput, fuzzInput, timing } from "@/scripts/fuzz-cases";

/** A hang detector, not a performance claim: typical inputs take a few milliseconds. */
const maxMsPerInput = 2000;
const runs = 10_000;

const layoutsDir = path.join(process.cwd(), "tests/fixtures/layouts");
const corpusPages = readdirSync(layoutsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => new Uint8Array(readFileSync(path.join(layoutsDir, name))));

/** Up to four byte ranges of corpus pages (whole pages among them), spliced, with LF or CRLF endings. */
const corpusInput = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.nat({ max: corpusPages.length - 1 }).map((which) => corpusPages[which]!),
        fc
          .tuple(fc.nat({ max: corpusPages.length - 1 }), fc.nat(), fc.nat({ max: 4096 }))
          .map(([which, start, length]) => {
            const page = corpusPages[which]!;
            return page.subarray(start % page.length, (start % page.length) + length);
          }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.boolean(),
  )
  .map(([pieces, crlf]) => {
    const bytes = new Uint8Array(Buffer.concat(pieces));
    if (!crlf) return bytes;
    const out: number[] = [];
    for (const byte of bytes) {
      if (byte === 0x0a) out.push(0x0d);
      out.push(byte);
    }
    return new Uint8Array(out);
  });

describe("reader and parser on generated files", () => {
  it(`never throw or hang on ${runs} inputs`, { timeout: 120_000 }, () => {
    const times: number[] = [];
    let decoded = 0;
    fc.assert(
      fc.property(fuzzInput({ maxSlice: 4096, maxLine: 256 * 1024 }), (bytes) => {
        const outcome = checkInput(bytes, { build: times.length % 10 === 0 });
        times.push(outcome.ms);
        if (outcome.decoded) decoded += 1;
        expect(outcome.ms, `input of ${bytes.length} bytes`).toBeLessThan(maxMsPerInput);
      }),
      { numRuns: runs, seed: 20261124 },
    );
    const { total, max } = timing(times);
    expect(times).toHaveLength(runs);
    // Both paths are exercised: files the reader refuses and files the parser reads.
    expect(decoded).toBeGreaterThan(runs / 4);
    expect(runs - decoded).toBeGreaterThan(runs / 10);
    console.info(
      `fuzz: ${runs} inputs parsed, ${runs - decoded} of them refused by the strict reader first; ` +
        `${Math.round(total)} ms in all, slowest ${Math.round(max)} ms`,
    );
  });

  it("never throw or hang on 1000 cut and spliced corpus pages", { timeout: 60_000 }, () => {
    let count = 0;
    fc.assert(
      fc.property(corpusInput, (bytes) => {
        const outcome = checkInput(bytes, { build: count % 10 === 0 });
        count += 1;
        expect(outcome.ms, `input of ${bytes.length} bytes`).toBeLessThan(maxMsPerInput);
      }),
      { numRuns: 1000, seed: 20261124 },
    );
    expect(count).toBe(1000);
  });

  it("read whole seed files with a BOM and CRLF line endings like the originals", () => {
    // Shown by example: the envelope changes nothing the parser keeps.
    const plain = checkInput(new TextEncoder().encode("Title one\nA description that is long enough.\n"));
    const wrapped = checkInput(
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode("Title one\r\nA description that is long enough.\r\n"),
      ]),
    );
    expect(wrapped).toMatchObject({ decoded: true, episodes: plain.episodes });
  });
});
