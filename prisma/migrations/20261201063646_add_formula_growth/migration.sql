-- AlterTable
ALTER TABLE "Formula" ADD COLUMN "growth" REAL;

-- CreateIndex
CREATE INDEX "Formula_firstDate_idx" ON "Formula"("firstDate");

-- CreateIndex
CREATE INDEX "Formula_growth_idx" ON "Formula"("growth");
