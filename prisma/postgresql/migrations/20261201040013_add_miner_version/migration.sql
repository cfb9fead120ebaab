-- Which version of the formula miner made the formula set (MINER_VERSION, lib/formulas/version.ts):
-- a set from an older miner is mined again when the database is prepared.
-- AlterTable
ALTER TABLE "FormulaBuild" ADD COLUMN     "minerVersion" INTEGER NOT NULL DEFAULT 0;
