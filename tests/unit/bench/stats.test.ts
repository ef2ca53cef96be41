import { describe, expect, it } from "vitest";
import { median, percentile, round2 } from "@/bench/stats";

describe("bench statistics", () => {
  it("takes the nearest-rank percentile: the smallest value with at least p% at or below it", () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 11)).toBe(2);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile([7], 99)).toBe(7);
  });

  it("averages the two middle values of an even count for the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("rounds to two decimals", () => {
    expect(round2(2.346)).toBe(2.35);
    expect(round2(12)).toBe(12);
    expect(round2(0.125)).toBe(0.13);
  });

  it("leaves its input in the order given", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
