-- CreateTable
CREATE TABLE "Formula" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "variantCount" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    "kinds" TEXT NOT NULL,
    "rank" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "FormulaVariant" (
    "formulaId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pattern" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,

    PRIMARY KEY ("formulaId", "position"),
    CONSTRAINT "FormulaVariant_formulaId_fkey" FOREIGN KEY ("formulaId") REFERENCES "Formula" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Occurrence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "formulaId" TEXT NOT NULL,
    "variant" INTEGER NOT NULL,
    "statementId" INTEGER NOT NULL,
    "clauseId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Occurrence_formulaId_fkey" FOREIGN KEY ("formulaId") REFERENCES "Formula" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Occurrence_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Occurrence_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FormulaBuild" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementCount" INTEGER NOT NULL,
    "formulaCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "builtAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Formula_key_key" ON "Formula"("key");

-- CreateIndex
CREATE INDEX "Formula_rank_idx" ON "Formula"("rank");

-- CreateIndex
CREATE INDEX "Occurrence_formulaId_statementId_idx" ON "Occurrence"("formulaId", "statementId");

-- CreateIndex
CREATE INDEX "Occurrence_clauseId_idx" ON "Occurrence"("clauseId");

-- CreateIndex
CREATE INDEX "Occurrence_statementId_idx" ON "Occurrence"("statementId");
