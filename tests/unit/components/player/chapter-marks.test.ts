import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chapterTracker, secondsAttribute } from "@/components/player/chapter-marks";

const starts = [0, 95, 600, 2400];

describe("chapterTracker", () => {
  let shown: (number | null)[];
  const show = (start: number | null) => shown.push(start);

  beforeEach(() => {
    shown = [];
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("marks the chapter a time falls in, and only when it changes", () => {
    const chapters = chapterTracker(starts, 0, show);
    expect(chapters.current).toBe(-1);
    chapters.follow(10);
    chapters.follow(94);
    chapters.follow(95);
    chapters.follow(3000);
    expect(shown).toEqual([0, 95, 2400]);
    expect(chapters.current).toBe(3);
  });

  it("marks nothing before the first chapter", () => {
    const chapters = chapterTracker([30, 90], 0, show);
    chapters.mark(10);
    expect(shown).toEqual([]);
    expect(chapters.current).toBe(-1);
  });

  it("keeps a jump through the hold, then follows playback again", () => {
    const chapters = chapterTracker(starts, 2000, show);
    chapters.follow(100);
    chapters.jump(600);
    // The player still reports where it was before the seek.
    chapters.follow(101);
    vi.advanceTimersByTime(1999);
    chapters.follow(102);
    expect(chapters.current).toBe(2);
    vi.advanceTimersByTime(1);
    chapters.follow(2500);
    expect(shown).toEqual([95, 600, 2400]);
  });

  it("ignores positions that are not numbers", () => {
    const chapters = chapterTracker(starts, 0, show);
    chapters.follow(Number.NaN);
    chapters.follow(Number.POSITIVE_INFINITY);
    expect(shown).toEqual([]);
  });

  it("unmarks everything when cleared, and marks again afterwards", () => {
    const chapters = chapterTracker(starts, 0, show);
    chapters.mark(700);
    chapters.clear();
    chapters.mark(700);
    expect(shown).toEqual([600, null, 600]);
  });
});

describe("secondsAttribute", () => {
  it("reads whole seconds only", () => {
    expect(secondsAttribute("754")).toBe(754);
    expect(secondsAttribute("0")).toBe(0);
    for (const value of [undefined, "", "-5", "1.5", "12:34", "1234567"]) {
      expect(secondsAttribute(value), String(value)).toBeNull();
    }
  });
});
