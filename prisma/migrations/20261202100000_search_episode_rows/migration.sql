-- search_index becomes one row per episode (issue 15), rowid = the episode's id, laid out as
-- lib/catalog/search-index.ts says: title, body (the description without the host's promotions),
-- chapters (every chapter's title, sub-points and other spellings, in order, separated by the control
-- characters 0x1e between chapters and 0x1f between a chapter's parts) and variants (other spellings of
-- compound words, and the words of the addresses the description refers to). One row holding all of an
-- episode's words lets a query match an episode whose words are split between its title and a chapter
-- ("huge pages": Page Tables, chapter Huge Tables); highlight() on the chapters column tells which
-- chapters hold them. Tokenizer and prefix indexes as before. FTS5 cannot change columns in place: this
-- builds the new table from the old rows (a catalog imported afterwards writes its own) and replaces it.
CREATE VIRTUAL TABLE "search_index_episodes" USING fts5(
    "title",
    "body",
    "chapters",
    "variants",
    prefix = '2 3 4 5 6 7 8',
    tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_/'"
);
INSERT INTO "search_index_episodes" (rowid, "title", "body", "chapters", "variants")
    SELECT e."episode_id", e."title", e."body", coalesce(c."chapters", ''), e."variants"
    FROM (SELECT "episode_id", "title", "body", "variants" FROM "search_index" WHERE "kind" = 'e') AS e
    LEFT JOIN (
        SELECT "episode_id", group_concat("part", char(30)) AS "chapters"
        FROM (SELECT "episode_id", "chapter_title" || char(31) || "body" || char(31) || "variants" AS "part"
              FROM "search_index" WHERE "kind" = 'c' ORDER BY "episode_id", rowid)
        GROUP BY "episode_id"
    ) AS c ON c."episode_id" = e."episode_id"
    ORDER BY e."episode_id";
DROP TABLE "search_index";
ALTER TABLE "search_index_episodes" RENAME TO "search_index";
