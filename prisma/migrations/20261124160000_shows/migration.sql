-- Many shows in one catalog (made with `prisma migrate diff`). The import always writes a fresh file,
-- so no existing Episode row needs a show.
-- Episode slugs are unique within a show: pages live at /shows/<show>/<slug>.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Show" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "author" TEXT,
    "description" TEXT,
    "artworkUrl" TEXT,
    "feedUrl" TEXT,
    "youtubeChannel" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Show" ("author", "description", "id", "name") SELECT "author", "description", "id", "name" FROM "Show";
DROP TABLE "Show";
ALTER TABLE "new_Show" RENAME TO "Show";
CREATE UNIQUE INDEX "Show_slug_key" ON "Show"("slug");
CREATE TABLE "new_Episode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "showId" INTEGER NOT NULL,
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
    "guid" TEXT,
    "link" TEXT,
    "audioUrl" TEXT,
    "audioType" TEXT,
    "audioLength" INTEGER,
    "chapterCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Episode_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Episode" ("audioLength", "audioType", "audioUrl", "chapterCount", "description", "durationPrecision", "durationSeconds", "guid", "id", "link", "position", "publishedAt", "slug", "sourceTitle", "title", "titleSource", "youtubeId", "youtubeIdConfidence") SELECT "audioLength", "audioType", "audioUrl", "chapterCount", "description", "durationPrecision", "durationSeconds", "guid", "id", "link", "position", "publishedAt", "slug", "sourceTitle", "title", "titleSource", "youtubeId", "youtubeIdConfidence" FROM "Episode";
DROP TABLE "Episode";
ALTER TABLE "new_Episode" RENAME TO "Episode";
CREATE UNIQUE INDEX "Episode_position_key" ON "Episode"("position");
CREATE INDEX "Episode_slug_idx" ON "Episode"("slug");
CREATE INDEX "Episode_publishedAt_idx" ON "Episode"("publishedAt");
CREATE INDEX "Episode_youtubeId_idx" ON "Episode"("youtubeId");
CREATE INDEX "Episode_guid_idx" ON "Episode"("guid");
CREATE UNIQUE INDEX "Episode_showId_slug_key" ON "Episode"("showId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

