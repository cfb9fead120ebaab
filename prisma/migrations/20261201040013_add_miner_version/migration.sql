-- Which version of the formula miner made the formula set (MINER_VERSION, lib/formulas/version.ts):
-- a set from an older miner is mined again when the database is prepared.
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
    "minerVersion" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_FormulaBuild" ("builtAt", "durationMs", "formulaCount", "id", "occurrenceCount", "statementCount") SELECT "builtAt", "durationMs", "formulaCount", "id", "occurrenceCount", "statementCount" FROM "FormulaBuild";
DROP TABLE "FormulaBuild";
ALTER TABLE "new_FormulaBuild" RENAME TO "FormulaBuild";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
