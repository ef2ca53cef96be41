// The player islands' view of the server-rendered chapter list: which chapter a time falls in, the
// current-chapter marking (aria-current on the jump link, data-current on its <li>), and the tracker both
// players follow playback with. No React, no player.

/** Index of the last chapter starting at or before `seconds`, or -1 before the first. Starts ascend. */
export function chapterIndexAt(starts: readonly number[], seconds: number): number {
  let index = -1;
  starts.forEach((start, i) => {
    if (start <= seconds) index = i;
  });
  return index;
}

/** Marks the chapter(s) starting at `start` as current and unmarks the rest; null unmarks all. */
export function markCurrentChapter(start: number | null): void {
  const items = document.querySelectorAll<HTMLElement>("[data-chapter-list] [data-chapter]");
  for (const item of items) {
    const isCurrent = start !== null && item.dataset.start === String(start);
    // The jump link when there is a player, else the chapter's row itself (its time is plain text).
    const link = item.querySelector("a[data-seek]") ?? item;
    if (isCurrent) {
      item.setAttribute("data-current", "true");
      link?.setAttribute("aria-current", "true");
    } else {
      item.removeAttribute("data-current");
      link?.removeAttribute("aria-current");
    }
  }
}

export type ChapterTracker = {
  /** The chapter index marked current, -1 for none. */
  readonly current: number;
  /** Marks the chapter at `seconds` now: a deep link on arrival. */
  mark(seconds: number): void;
  /** A jump the visitor chose: marked now, and kept while playback reports still lag behind it. */
  jump(seconds: number): void;
  /** A position the playing player reports; ignored while a jump is held and when it is not a number. */
  follow(seconds: number): void;
  /** Unmarks every chapter: the player is going away. */
  clear(): void;
};

/**
 * Follows one player through the chapters (`starts` ascending). Marks only when the chapter changes;
 * after a jump the player may report the old position for a moment, so reports are ignored for `holdMs`.
 * `show` marks a chapter by its start (null: none) in the page's chapter list.
 */
export function chapterTracker(
  starts: readonly number[],
  holdMs = 0,
  show: (start: number | null) => void = markCurrentChapter,
): ChapterTracker {
  let current = -1;
  let holdUntil = 0;

  const mark = (seconds: number) => {
    const index = chapterIndexAt(starts, seconds);
    if (index === current) return;
    current = index;
    show(starts[index] ?? null);
  };

  return {
    get current() {
      return current;
    },
    mark,
    jump(seconds) {
      mark(seconds);
      holdUntil = Date.now() + holdMs;
    },
    follow(seconds) {
      if (Date.now() >= holdUntil && Number.isFinite(seconds)) mark(seconds);
    },
    clear() {
      current = -1;
      show(null);
    },
  };
}

/** Whole seconds from a data-seek / data-share attribute, or null when it is not one. */
export function secondsAttribute(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : null;
}
