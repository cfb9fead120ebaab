-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FormulaBuild" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementCount" INTEGER NOT NULL,
    "formulaCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "builtAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "minerVersion" INTEGER NOT NULL DEFAULT 0,
    "foldedIn" INTEGER NOT NULL DEFAULT 0,
    "throughStatementId" INTEGER NOT NULL DEFAULT 0,
    "minedThroughStatementId" INTEGER NOT NULL DEFAULT 0,
    "characters" INTEGER NOT NULL DEFAULT 0,
    "shards" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_FormulaBuild" ("builtAt", "characters", "durationMs", "foldedIn", "formulaCount", "id", "minedThroughStatementId", "minerVersion", "occurrenceCount", "statementCount", "throughStatementId") SELECT "builtAt", "characters", "durationMs", "foldedIn", "formulaCount", "id", "minedThroughStatementId", "minerVersion", "occurrenceCount", "statementCount", "throughStatementId" FROM "FormulaBuild";
DROP TABLE "FormulaBuild";
ALTER TABLE "new_FormulaBuild" RENAME TO "FormulaBuild";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
