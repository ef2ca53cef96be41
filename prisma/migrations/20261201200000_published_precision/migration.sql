-- How much of an episode's publication date is known: "day", "month" ("May 2025", stored as 2025-05-01)
-- or "year"; null exactly when publishedAt is (made with `prisma migrate diff` from the previous
-- schema.prisma to this one). The import always writes a fresh file, so no existing row needs a value.
-- AlterTable
ALTER TABLE "Episode" ADD COLUMN "publishedPrecision" TEXT;

