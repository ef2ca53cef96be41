-- Each episode's newer/older neighbour in its show's list order and its related episodes, computed once
-- by the import (made with `prisma migrate diff` from the previous schema.prisma to this one). The import
-- always writes a fresh file, so no existing episode needs rows here.
-- CreateTable
CREATE TABLE "EpisodeNeighbours" (
    "episodeId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "newerId" INTEGER,
    "olderId" INTEGER,
    CONSTRAINT "EpisodeNeighbours_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EpisodeNeighbours_newerId_fkey" FOREIGN KEY ("newerId") REFERENCES "Episode" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EpisodeNeighbours_olderId_fkey" FOREIGN KEY ("olderId") REFERENCES "Episode" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelatedEpisode" (
    "episodeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "relatedId" INTEGER NOT NULL,

    PRIMARY KEY ("episodeId", "position"),
    CONSTRAINT "RelatedEpisode_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedEpisode_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

