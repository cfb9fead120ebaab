-- AlterTable
ALTER TABLE "Formula" ADD COLUMN     "language" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Formula_kind_head_language_rank_idx" ON "Formula"("kind", "head", "language", "rank");

-- Backfill: a formula's language is that of the statements using it (all of one language), read from its first use
UPDATE "Formula" SET "language" = COALESCE((SELECT s."language" FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId" WHERE o."formulaId" = "Formula"."id" ORDER BY o."statementId" LIMIT 1), '');
