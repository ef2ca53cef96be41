import { describe, expect, it } from "vitest";
import { parseProcStat, parseVmRss } from "@/bench/process-memory";

describe("/proc parsing", () => {
  it("reads pid, ppid and process group after the command name, whatever it holds", () => {
    expect(parseProcStat("9761 (next-server (v16.4.6)) S 1 9761 9761 0 -1 4194560 21")).toEqual({
      pid: 9761,
      ppid: 1,
      pgrp: 9761,
    });
    expect(parseProcStat("12 (a) b) c) R 7 8 9 0")).toEqual({ pid: 12, ppid: 7, pgrp: 8 });
    expect(parseProcStat("garbage")).toBeNull();
  });

  it("reads VmRSS in bytes, null for a process without memory (a zombie)", () => {
    expect(parseVmRss("Name:\tnode\nVmPeak:\t  999 kB\nVmRSS:\t  193356 kB\nThreads:\t11\n")).toBe(
      193356 * 1024,
    );
    expect(parseVmRss("Name:\tnode\nState:\tZ (zombie)\n")).toBeNull();
  });
});
