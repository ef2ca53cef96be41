-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "EpisodeTopic" (
    "episodeId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("episodeId", "topicId"),
    CONSTRAINT "EpisodeTopic_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EpisodeTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChapterTopic" (
    "chapterId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    PRIMARY KEY ("chapterId", "topicId"),
    CONSTRAINT "ChapterTopic_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "Chapter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChapterTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "frequency" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_position_key" ON "Topic"("position");

-- CreateIndex
CREATE INDEX "EpisodeTopic_topicId_score_idx" ON "EpisodeTopic"("topicId", "score");

-- CreateIndex
CREATE INDEX "ChapterTopic_topicId_idx" ON "ChapterTopic"("topicId");


-- Full-text search (hand-written: Prisma does not model FTS5 tables). One row per episode (kind 'e':
-- title + description) and one per chapter (kind 'c': chapter title + sub-points), so a hit resolves
-- to an episode and, for chapter rows, to a moment. `variants` holds alternative spellings of
-- compound tokens (io_uring -> "io uring iouring", HTTP/2 -> "http 2 http2") so either form matches.
-- '_' and '/' are token characters: io_uring, HTTP/2 and TLS_HW stay single, findable tokens.
CREATE VIRTUAL TABLE "search_index" USING fts5(
    "title",
    "chapter_title",
    "body",
    "variants",
    "kind" UNINDEXED,
    "episode_id" UNINDEXED,
    "chapter_start" UNINDEXED,
    tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_/'"
);
