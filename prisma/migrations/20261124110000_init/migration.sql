-- CreateTable
CREATE TABLE "Show" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "author" TEXT,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "ShowLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "showId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    CONSTRAINT "ShowLink_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceTitle" TEXT,
    "title" TEXT NOT NULL,
    "titleSource" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "durationSeconds" INTEGER,
    "durationPrecision" TEXT,
    "youtubeId" TEXT,
    "youtubeIdConfidence" TEXT,
    "chapterCount" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "EpisodeSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "episodeId" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "EpisodeSource_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Chapter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "episodeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "startSeconds" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "subpoints" JSONB NOT NULL,
    CONSTRAINT "Chapter_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Link" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "episodeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    "youtubeId" TEXT,
    "startSeconds" INTEGER,
    "targetEpisodeId" INTEGER,
    CONSTRAINT "Link_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Link_targetEpisodeId_fkey" FOREIGN KEY ("targetEpisodeId") REFERENCES "Episode" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppliedFact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "episodeId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "AppliedFact_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogInfo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "inputHash" TEXT NOT NULL,
    "episodeCount" INTEGER NOT NULL,
    "chapterCount" INTEGER NOT NULL,
    "linkCount" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ShowLink_showId_position_key" ON "ShowLink"("showId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Episode_slug_key" ON "Episode"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Episode_position_key" ON "Episode"("position");

-- CreateIndex
CREATE INDEX "Episode_publishedAt_idx" ON "Episode"("publishedAt");

-- CreateIndex
CREATE INDEX "Episode_youtubeId_idx" ON "Episode"("youtubeId");

-- CreateIndex
CREATE INDEX "EpisodeSource_file_idx" ON "EpisodeSource"("file");

-- CreateIndex
CREATE UNIQUE INDEX "EpisodeSource_episodeId_file_line_key" ON "EpisodeSource"("episodeId", "file", "line");

-- CreateIndex
CREATE INDEX "Chapter_episodeId_startSeconds_idx" ON "Chapter"("episodeId", "startSeconds");

-- CreateIndex
CREATE UNIQUE INDEX "Chapter_episodeId_position_key" ON "Chapter"("episodeId", "position");

-- CreateIndex
CREATE INDEX "Link_targetEpisodeId_idx" ON "Link"("targetEpisodeId");

-- CreateIndex
CREATE INDEX "Link_kind_idx" ON "Link"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Link_episodeId_position_key" ON "Link"("episodeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AppliedFact_episodeId_field_key" ON "AppliedFact"("episodeId", "field");

