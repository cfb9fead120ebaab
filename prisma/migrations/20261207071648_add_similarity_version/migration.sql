-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PairSimilarity" (
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "similarity" REAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("aId", "bId"),
    CONSTRAINT "PairSimilarity_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PairSimilarity_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PairSimilarity" ("aId", "bId", "similarity") SELECT "aId", "bId", "similarity" FROM "PairSimilarity";
DROP TABLE "PairSimilarity";
ALTER TABLE "new_PairSimilarity" RENAME TO "PairSimilarity";
CREATE INDEX "PairSimilarity_bId_idx" ON "PairSimilarity"("bId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
