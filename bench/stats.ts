// The statistics every benchmark reports with, so their figures are computed one way and compare.

/** Nearest-rank percentile: percentile([5, 1, 3, 2, 4], 50) -> 3. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** median([4, 1, 3, 2]) -> 2.5 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** round2(2.346) -> 2.35 */
export const round2 = (value: number) => Math.round(value * 100) / 100;
