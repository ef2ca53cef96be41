// lib/db/catalog-watch.ts on a real catalog file that imports replace, with real (short) timers: the
// watcher revalidates at start only for a catalog newer than the build, after every replacement, until
// a revalidation succeeds, then once more after settleMs; and nothing after stop().
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REVALIDATE_HEADER, revalidateToken, watchCatalog } from "@/lib/db/catalog-watch";
import { importCatalog } from "@/lib/ingest/store/import";
import { smallCatalog } from "@/tests/fixtures/catalog/small-catalog";

const intervalMs = 10;
const settleMs = 30;
/** Long enough for many ticks and a settle call: what has not happened by then is not coming. */
const quietMs = 150;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails the test after `timeoutMs` with `what`. */
async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A revalidate that records its calls and fails the first `failures` of them. */
function revalidateSpy(failures = 0) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new Error("the server does not listen yet");
  });
}

let dir: string;
let dbPath: string;
let stops: (() => void)[];
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "catalog-watch-"));
  dbPath = path.join(dir, "catalog.db");
  stops = [];
  await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
});
afterEach(() => {
  for (const stop of stops) stop();
  rmSync(dir, { recursive: true, force: true });
});

function watch(options: {
  builtFrom: string | null;
  revalidate: () => Promise<void>;
  log?: (line: string) => void;
}): () => void {
  const stop = watchCatalog({ filePath: dbPath, intervalMs, settleMs, ...options });
  stops.push(stop);
  return stop;
}

const callsOf = (spy: ReturnType<typeof revalidateSpy>) => spy.mock.calls.length;

describe("watchCatalog at start", () => {
  it("does not revalidate when the catalog on disk is the one the build used", async () => {
    const revalidate = revalidateSpy();
    watch({ builtFrom: "first", revalidate });
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(0);
  });

  it("revalidates once, then once more after settleMs, when the catalog changed since the build", async () => {
    const revalidate = revalidateSpy();
    const log = vi.fn();
    watch({ builtFrom: "older", revalidate, log });
    await until(() => callsOf(revalidate) >= 1, "the start revalidation");
    await until(() => callsOf(revalidate) >= 2, "the settle revalidation");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(2);
    expect(log).toHaveBeenCalledWith("catalog first is served");
  });

  it("revalidates when the build's catalog is unknown", async () => {
    const revalidate = revalidateSpy();
    watch({ builtFrom: null, revalidate });
    await until(() => callsOf(revalidate) >= 2, "the start and settle revalidations");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(2);
  });
});

describe("watchCatalog after an import", () => {
  it("revalidates (and settles) after every replacement of the file", async () => {
    const revalidate = revalidateSpy();
    const log = vi.fn();
    watch({ builtFrom: "first", revalidate, log });

    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    await until(() => callsOf(revalidate) >= 2, "the revalidations after the first import");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(2);
    expect(log).toHaveBeenCalledWith("catalog second is served");

    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "third" });
    await until(() => callsOf(revalidate) >= 4, "the revalidations after the second import");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(4);
    expect(log).toHaveBeenCalledWith("catalog third is served");
  });

  it("revalidates after an import of the same inputs too (a new file is a new catalog)", async () => {
    const revalidate = revalidateSpy();
    watch({ builtFrom: "first", revalidate });
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "first" });
    await until(() => callsOf(revalidate) >= 1, "the revalidation after the import");
  });

  it("notices a catalog that appears where there was none", async () => {
    rmSync(dbPath);
    const revalidate = revalidateSpy();
    // Nothing on disk is the catalog the build used: revalidating at start is right, then the import.
    watch({ builtFrom: "first", revalidate });
    await until(() => callsOf(revalidate) >= 2, "the start revalidations");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(2);
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    await until(() => callsOf(revalidate) >= 4, "the revalidations after the import");
  });
});

describe("watchCatalog when revalidation fails", () => {
  it("tries again on the next ticks until it succeeds, then settles once", async () => {
    const revalidate = revalidateSpy(3);
    watch({ builtFrom: null, revalidate });
    // Three failures, the success, the settle call.
    await until(() => callsOf(revalidate) >= 5, "the retries, the success and the settle call");
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(5);
  });

  it("says so after 40 failures in a row, not on every one", async () => {
    const revalidate = revalidateSpy(45);
    const log = vi.fn();
    watch({ builtFrom: null, revalidate, log });
    await until(() => callsOf(revalidate) >= 39, "39 failed tries");
    expect(log).not.toHaveBeenCalled();
    await until(() => log.mock.calls.length >= 1, "the failure line");
    expect(log).toHaveBeenCalledWith("revalidation keeps failing: the server does not listen yet");
    await until(() => callsOf(revalidate) >= 47, "the success and the settle call");
    expect(log).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenLastCalledWith("catalog first is served");
  });

  it("retries a failed revalidation after an import", async () => {
    let fail = false;
    const revalidate = vi.fn(async () => {
      if (fail) {
        fail = false;
        throw new Error("busy");
      }
    });
    watch({ builtFrom: "first", revalidate });
    fail = true;
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    // The failure, the retry that succeeds, the settle call.
    await until(() => revalidate.mock.calls.length >= 3, "the retry and the settle call");
    await sleep(quietMs);
    expect(revalidate).toHaveBeenCalledTimes(3);
  });
});

describe("watchCatalog stop()", () => {
  it("stops the polling and the pending settle call", async () => {
    const revalidate = revalidateSpy();
    const stop = watch({ builtFrom: null, revalidate });
    await until(() => callsOf(revalidate) >= 1, "the start revalidation");
    // Before the settle call (settleMs later) is due.
    stop();
    await importCatalog({ catalog: smallCatalog(), dbPath, inputHash: "second" });
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(1);
  });

  it("stops retrying a failing revalidation", async () => {
    const revalidate = revalidateSpy(Number.POSITIVE_INFINITY);
    const stop = watch({ builtFrom: null, revalidate });
    await until(() => callsOf(revalidate) >= 2, "a retry");
    stop();
    const calls = callsOf(revalidate);
    await sleep(quietMs);
    expect(callsOf(revalidate)).toBe(calls);
  });

  it("schedules no settle call for a revalidation still running when it stopped", async () => {
    let finish!: () => void;
    const revalidate = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = watch({ builtFrom: null, revalidate });
    await until(() => revalidate.mock.calls.length >= 1, "the start revalidation");
    stop();
    finish();
    await sleep(settleMs + quietMs);
    expect(revalidate).toHaveBeenCalledTimes(1);
  });
});

describe("revalidateToken", () => {
  it("is the same on every call and long enough to be unguessable", () => {
    const token = revalidateToken();
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(revalidateToken()).toBe(token);
    expect(revalidateToken()).toBe(token);
  });

  it("is sent in a lower-case header name", () => {
    expect(REVALIDATE_HEADER).toBe(REVALIDATE_HEADER.toLowerCase());
  });
});
