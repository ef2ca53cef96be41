-- AlterTable
ALTER TABLE "Episode" ADD COLUMN "audioLength" INTEGER;
ALTER TABLE "Episode" ADD COLUMN "audioType" TEXT;
ALTER TABLE "Episode" ADD COLUMN "audioUrl" TEXT;
ALTER TABLE "Episode" ADD COLUMN "guid" TEXT;
ALTER TABLE "Episode" ADD COLUMN "link" TEXT;

-- CreateIndex
CREATE INDEX "Episode_guid_idx" ON "Episode"("guid");

