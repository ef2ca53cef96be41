// `npm run fuzz -- [--runs N] [--seed S] [--max-ms MS] [--no-big]`: the unit fuzz test's inputs at any
// length, then the cases too slow for CI: a 1 MB line of glued chapters and links, and a 50 MB file.
// Exits 1 on the first input that throws, breaks the schema or takes longer than --max-ms.
import { parseArgs } from "node:util";
import fc from "fast-check";
import { checkInput, fuzzInput, seedSources, timing } from "./fuzz-cases";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    seed: { type: "string", default: String(Date.now() % 2 ** 31) },
    "max-ms": { type: "string", default: "2000" },
    "no-big": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const maxMs = Number(values["max-ms"]);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(maxMs > 0)) {
  process.stderr.write("usage: npm run fuzz -- [--runs N] [--seed S] [--max-ms MS] [--no-big]\n");
  process.exit(2);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function fuzz(): boolean {
  const times: number[] = [];
  // Slow inputs are collected rather than thrown: shrinking would re-run them hundreds of times.
  const slow: { bytes: number; ms: number; head: string }[] = [];
  let refused = 0;
  let bytes = 0;
  const started = performance.now();
  const result = fc.check(
    fc.property(fuzzInput({ maxSlice: 16 * 1024, maxLine: 256 * 1024 }), (input) => {
      const outcome = checkInput(input, { build: times.length % 10 === 0 });
      times.push(outcome.ms);
      bytes += input.length;
      if (!outcome.decoded) refused += 1;
      if (outcome.ms > maxMs) {
        const head = Buffer.from(input.subarray(0, 60)).toString("utf8");
        slow.push({ bytes: input.length, ms: Math.round(outcome.ms), head });
      }
      if (times.length % 10_000 === 0) process.stdout.write(`  ${times.length} inputs…\n`);
    }),
    { numRuns: runs, seed },
  );
  const { max, p99, mean } = timing(times);
  process.stdout.write(
    `fuzz (seed ${seed}): ${times.length} inputs, ${mb(bytes)}, ${refused} refused by the strict reader; ` +
      `${Math.round(performance.now() - started)} ms; per input mean ${mean.toFixed(2)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.round(max)} ms\n`,
  );
  for (const input of slow) {
    process.stderr.write(
      `slow: ${input.bytes} bytes took ${input.ms} ms (bound ${maxMs} ms): ${JSON.stringify(input.head)}…\n`,
    );
  }
  if (result.failed) {
    process.stderr.write(`${fc.defaultReportMessage(result) ?? "fuzz failed"}\n`);
    return false;
  }
  return slow.length === 0;
}

/** One big input, timed; the bound scales with size (2 s per MB, at least --max-ms). */
function big(name: string, input: Uint8Array): boolean {
  const bound = Math.max(maxMs, (input.length / 1024 / 1024) * 2000);
  try {
    const outcome = checkInput(input);
    const ok = outcome.ms <= bound;
    process.stdout.write(
      `${name}: ${mb(input.length)}, ${outcome.episodes} episodes in ${Math.round(outcome.ms)} ms ` +
        `(bound ${Math.round(bound)} ms)${ok ? "" : " TOO SLOW"}; heap ${mb(process.memoryUsage().heapUsed)}\n`,
    );
    return ok;
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

function repeatTo(piece: Uint8Array, size: number): Uint8Array {
  const copies = Math.ceil(size / piece.length);
  return new Uint8Array(Buffer.concat(Array.from({ length: copies }, () => piece))).subarray(0, size);
}

let ok = fuzz();
if (!values["no-big"]) {
  const gluedLine = new Uint8Array(Buffer.from(seedSources[0]!).map((byte) => (byte === 0x0a ? 0x20 : byte)));
  ok = big("one 1 MB line of glued chapters and links", repeatTo(gluedLine, 1024 * 1024)) && ok;
  // The seed files back to back until 50 MB: a whole scraped site in one file.
  ok = big("a 50 MB file", repeatTo(new Uint8Array(Buffer.concat(seedSources)), 50 * 1024 * 1024)) && ok;
}
process.exit(ok ? 0 : 1);
