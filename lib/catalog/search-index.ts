// How rows of the FTS5 index (search_index, see prisma/migrations) are numbered: the import writes
// them this way and search reads episodes back from the rowid. Shared by both sides.

/**
 * Index rows get rowid = episode id × EPISODE_ROWID_STRIDE + (0 for the episode row, 1 + position for a
 * chapter row), so the episode of a match is `rowid / EPISODE_ROWID_STRIDE`, read from the FTS index
 * itself: counting and filtering episodes never reads the stored columns, which is what makes common
 * words cheap.
 */
export const EPISODE_ROWID_STRIDE = 4096;
