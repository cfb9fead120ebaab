-- AlterTable
ALTER TABLE "PairSimilarity" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
