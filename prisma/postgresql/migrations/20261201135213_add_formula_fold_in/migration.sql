-- Statements folded into the formula set without mining again (lib/formulas/fold-in.ts): how many,
-- the last statement the set includes and the last one it was mined from, and the characters of clause text it covers.
-- AlterTable
ALTER TABLE "FormulaBuild" ADD COLUMN     "characters" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "foldedIn" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minedThroughStatementId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "throughStatementId" INTEGER NOT NULL DEFAULT 0;
