-- AlterTable
ALTER TABLE "FormulaBuild" ADD COLUMN     "shards" INTEGER NOT NULL DEFAULT 0;
