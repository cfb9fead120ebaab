-- AlterTable
ALTER TABLE "Formula" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'formula';

-- CreateIndex
CREATE INDEX "Formula_kind_head_rank_idx" ON "Formula"("kind", "head", "rank");
