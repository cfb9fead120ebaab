-- Statements imported since the formulas were mined, folded in without mining again (lib/formulas/fold-in.ts).
-- AlterTable
ALTER TABLE "FormulaBuild" ADD COLUMN     "foldedIn" INTEGER NOT NULL DEFAULT 0;
