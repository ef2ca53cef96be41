// The player island's view of the server-rendered chapter list: which chapter a time falls in, and the
// current-chapter marking (aria-current on the jump link, data-current on its <li>). No React, no player.

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
    // The jump link: the seek link when there is a video, else the chapter's first link (a search).
    const link = item.querySelector("a[data-seek]") ?? item.querySelector("a");
    if (isCurrent) {
      item.setAttribute("data-current", "true");
      link?.setAttribute("aria-current", "true");
    } else {
      item.removeAttribute("data-current");
      link?.removeAttribute("aria-current");
    }
  }
}

/** Whole seconds from a data-seek / data-share attribute, or null when it is not one. */
export function secondsAttribute(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : null;
}
