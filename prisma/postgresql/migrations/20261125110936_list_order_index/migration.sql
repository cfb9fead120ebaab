-- DropIndex
DROP INDEX "Statement_date_idx";

-- CreateIndex
CREATE INDEX "Statement_date_title_idx" ON "Statement"("date", "title");
