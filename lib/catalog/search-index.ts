// How the FTS5 index (search_index, see prisma/migrations) is laid out: the import writes its rows this
// way and search reads them back. Shared by both sides.

/**
 * One row per episode, rowid = the episode's id. Columns, in order (bm25 weights and highlight() take
 * them by position):
 * - title: the episode's title;
 * - body: its description without the host's promotions and without URLs (their labels stay);
 * - chapters: every chapter, in order, as title, sub-points and other spellings, so that one row holds
 *   all the episode's words (a query matches an episode when its words are anywhere in it) and
 *   highlight() tells which chapters hold them;
 * - variants: other spellings of the title's and description's compound words (io_uring -> "io uring
 *   iouring") and the words of the addresses the description refers to.
 */
export const SEARCH_COLUMNS = ["title", "body", "chapters", "variants"] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

/** Between two chapters in the chapters column. Never in catalog text; the tokenizer skips it. */
export const CHAPTER_SEPARATOR = "\u001e";
/** Between a chapter's title, its sub-points and its other spellings. */
export const PART_SEPARATOR = "\u001f";

/** A chapter's parts as the chapters column holds them. */
export type IndexedChapter = { title: string; subpoints: string; variants: string };

/** chaptersColumn([{ title: "TLB", subpoints: "", variants: "" }, …]) -> "TLB\u001f\u001f\u001e…" */
export function chaptersColumn(chapters: readonly IndexedChapter[]): string {
  return chapters
    .map((chapter) => [chapter.title, chapter.subpoints, chapter.variants].join(PART_SEPARATOR))
    .join(CHAPTER_SEPARATOR);
}
