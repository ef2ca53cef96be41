// When each chapter ends, for the formats that carry it (Podcasting 2.0 chapters, schema.org Clips):
// where the next one starts, and the last one at the episode's duration when that is later. Pure.

/** chapterSpans([{ startSeconds: 60 }, { startSeconds: 0 }], 90) -> [{ chapter: {0}, end: 60 }, { chapter: {60}, end: 90 }] */
export function chapterSpans<T extends { startSeconds: number }>(
  chapters: readonly T[],
  durationSeconds: number | null,
): { chapter: T; end: number | null }[] {
  const sorted = [...chapters].sort((a, b) => a.startSeconds - b.startSeconds);
  return sorted.map((chapter, index) => {
    const next = sorted[index + 1];
    const end =
      next !== undefined
        ? next.startSeconds
        : durationSeconds !== null && durationSeconds > chapter.startSeconds
          ? durationSeconds
          : null;
    return { chapter, end };
  });
}
