-- Formula families (lib/formulas/families): every formula names its family's
-- head, which the rows mined before cannot say. They are removed with the
-- build that made them, and prepareDatabase mines the formulas again (a
-- database with statements and no formula build is mined on start).
DELETE FROM "Occurrence";
DELETE FROM "FormulaVariant";
DELETE FROM "Formula";
DELETE FROM "FormulaBuild";

-- AlterTable
ALTER TABLE "Formula" ADD COLUMN     "familyId" TEXT NOT NULL,
ADD COLUMN     "familySize" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "head" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "parentId" TEXT;

-- CreateIndex
CREATE INDEX "Formula_head_rank_idx" ON "Formula"("head", "rank");

-- CreateIndex
CREATE INDEX "Formula_familyId_idx" ON "Formula"("familyId");

-- AddForeignKey
ALTER TABLE "Formula" ADD CONSTRAINT "Formula_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Formula"("id") ON DELETE CASCADE ON UPDATE CASCADE;
