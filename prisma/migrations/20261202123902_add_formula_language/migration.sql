-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Formula" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "variantCount" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    "growth" REAL,
    "kinds" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "familyId" TEXT NOT NULL,
    "parentId" TEXT,
    "head" BOOLEAN NOT NULL DEFAULT true,
    "familySize" INTEGER NOT NULL DEFAULT 1,
    "kind" TEXT NOT NULL DEFAULT 'formula',
    "language" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Formula_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Formula" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Formula" ("familyId", "familySize", "firstDate", "growth", "head", "id", "key", "kind", "kinds", "lastDate", "length", "occurrenceCount", "parentId", "rank", "statementCount", "text", "variantCount") SELECT "familyId", "familySize", "firstDate", "growth", "head", "id", "key", "kind", "kinds", "lastDate", "length", "occurrenceCount", "parentId", "rank", "statementCount", "text", "variantCount" FROM "Formula";
DROP TABLE "Formula";
ALTER TABLE "new_Formula" RENAME TO "Formula";
CREATE UNIQUE INDEX "Formula_key_key" ON "Formula"("key");
CREATE INDEX "Formula_rank_idx" ON "Formula"("rank");
CREATE INDEX "Formula_head_rank_idx" ON "Formula"("head", "rank");
CREATE INDEX "Formula_kind_head_rank_idx" ON "Formula"("kind", "head", "rank");
CREATE INDEX "Formula_kind_head_language_rank_idx" ON "Formula"("kind", "head", "language", "rank");
CREATE INDEX "Formula_familyId_idx" ON "Formula"("familyId");
CREATE INDEX "Formula_firstDate_idx" ON "Formula"("firstDate");
CREATE INDEX "Formula_growth_idx" ON "Formula"("growth");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: a formula's language is that of the statements using it (all of one language), read from its first use
UPDATE "Formula" SET "language" = COALESCE((SELECT s."language" FROM "Occurrence" o JOIN "Statement" s ON s."id" = o."statementId" WHERE o."formulaId" = "Formula"."id" ORDER BY o."statementId" LIMIT 1), '');
