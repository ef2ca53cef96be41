// Resident memory of a server and the processes it started: the sum of VmRSS over a process group, read
// from /proc (Linux only). The parsers are pure; sampleGroupRss polls while a benchmark runs.
import { readFileSync, readdirSync } from "node:fs";

/**
 * The fields of /proc/<pid>/stat a benchmark needs. The command name is in parentheses and may hold
 * spaces or parentheses itself, so the fields are counted from the last ")".
 * parseProcStat("42 (next-server (v16)) S 1 42 42 0 …") -> { pid: 42, ppid: 1, pgrp: 42 }
 */
export function parseProcStat(text: string): { pid: number; ppid: number; pgrp: number } | null {
  const close = text.lastIndexOf(")");
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return null;
  // After ") ": state, ppid, pgrp, …
  const fields = text.slice(close + 2).split(" ");
  const ppid = Number(fields[1]);
  const pgrp = Number(fields[2]);
  if (!Number.isInteger(ppid) || !Number.isInteger(pgrp)) return null;
  return { pid, ppid, pgrp };
}

/** parseVmRss("Name:\tnode\nVmRSS:\t  193356 kB\n") -> 197996544 (bytes); null without the line (a zombie). */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process ended between listing /proc and reading it.
    return null;
  }
}

/** groupRss(1234) -> { bytes: 251658240, processes: 2 }: every live process whose process group is 1234. */
export function groupRss(pgid: number): { bytes: number; processes: number } {
  let bytes = 0;
  let processes = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrNull(`/proc/${name}/stat`);
    if (stat === null || parseProcStat(stat)?.pgrp !== pgid) continue;
    const rss = parseVmRss(readOrNull(`/proc/${name}/status`) ?? "");
    if (rss === null) continue;
    bytes += rss;
    processes += 1;
  }
  return { bytes, processes };
}

export type RssSampler = {
  /** Starts a new phase: max() from now on counts only samples taken after this call. */
  mark: () => void;
  /** Largest sum seen since the last mark (or the start), in bytes, and the most processes seen. */
  max: () => { bytes: number; processes: number; samples: number };
  stop: () => void;
};

/** sampleGroupRss(pid, 250): samples the group's RSS every 250 ms until stop(). */
export function sampleGroupRss(pgid: number, intervalMs = 250): RssSampler {
  let maxBytes = 0;
  let maxProcesses = 0;
  let samples = 0;
  const sample = () => {
    const { bytes, processes } = groupRss(pgid);
    maxBytes = Math.max(maxBytes, bytes);
    maxProcesses = Math.max(maxProcesses, processes);
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    mark: () => {
      maxBytes = 0;
      maxProcesses = 0;
      samples = 0;
      sample();
    },
    max: () => {
      sample();
      return { bytes: maxBytes, processes: maxProcesses, samples };
    },
    stop: () => clearInterval(timer),
  };
}
