-- CreateTable
CREATE TABLE "PairSimilarity" (
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "similarity" REAL NOT NULL,

    PRIMARY KEY ("aId", "bId"),
    CONSTRAINT "PairSimilarity_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PairSimilarity_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PairSimilarity_bId_idx" ON "PairSimilarity"("bId");
