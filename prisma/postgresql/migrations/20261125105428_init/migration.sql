-- Clause search (lib/db/search.ts) uses a trigram index. pg_trgm ships with PostgreSQL
-- (in Debian's postgresql package) and is a trusted extension. No semicolons in
-- comments here: the pg adapter splits migration scripts on them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "kind" TEXT NOT NULL,
    "date" TEXT,
    "place" TEXT,
    "speaker" TEXT,
    "language" TEXT NOT NULL DEFAULT 'zh',
    "contentHash" TEXT NOT NULL,
    "clauseCount" INTEGER NOT NULL,
    "charCount" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '[]',
    "sourceId" INTEGER NOT NULL,
    "sourceStart" INTEGER NOT NULL,
    "sourceEnd" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementParty" (
    "statementId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "StatementParty_pkey" PRIMARY KEY ("statementId","partyId")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "label" TEXT,
    "heading" TEXT,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "label" TEXT,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "sourceStart" INTEGER NOT NULL,
    "sourceEnd" INTEGER NOT NULL,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Formula" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "variantCount" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    "kinds" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "Formula_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormulaVariant" (
    "formulaId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pattern" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,

    CONSTRAINT "FormulaVariant_pkey" PRIMARY KEY ("formulaId","position")
);

-- CreateTable
CREATE TABLE "Occurrence" (
    "id" SERIAL NOT NULL,
    "formulaId" TEXT NOT NULL,
    "variant" INTEGER NOT NULL,
    "statementId" INTEGER NOT NULL,
    "clauseId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormulaBuild" (
    "id" INTEGER NOT NULL,
    "statementCount" INTEGER NOT NULL,
    "formulaCount" INTEGER NOT NULL,
    "occurrenceCount" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "FormulaBuild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairSimilarity" (
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PairSimilarity_pkey" PRIMARY KEY ("aId","bId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_sha256_key" ON "Source"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_slug_key" ON "Statement"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_contentHash_key" ON "Statement"("contentHash");

-- CreateIndex
CREATE INDEX "Statement_date_idx" ON "Statement"("date");

-- CreateIndex
CREATE INDEX "Statement_kind_date_idx" ON "Statement"("kind", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Party_code_key" ON "Party"("code");

-- CreateIndex
CREATE INDEX "StatementParty_partyId_idx" ON "StatementParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "Section_statementId_position_key" ON "Section"("statementId", "position");

-- CreateIndex
CREATE INDEX "Clause_sectionId_idx" ON "Clause"("sectionId");

-- CreateIndex
CREATE INDEX "Clause_text_trgm_idx" ON "Clause" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Clause_statementId_position_key" ON "Clause"("statementId", "position");

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

-- CreateIndex
CREATE INDEX "PairSimilarity_bId_idx" ON "PairSimilarity"("bId");

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementParty" ADD CONSTRAINT "StatementParty_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementParty" ADD CONSTRAINT "StatementParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormulaVariant" ADD CONSTRAINT "FormulaVariant_formulaId_fkey" FOREIGN KEY ("formulaId") REFERENCES "Formula"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occurrence" ADD CONSTRAINT "Occurrence_formulaId_fkey" FOREIGN KEY ("formulaId") REFERENCES "Formula"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occurrence" ADD CONSTRAINT "Occurrence_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occurrence" ADD CONSTRAINT "Occurrence_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairSimilarity" ADD CONSTRAINT "PairSimilarity_aId_fkey" FOREIGN KEY ("aId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairSimilarity" ADD CONSTRAINT "PairSimilarity_bId_fkey" FOREIGN KEY ("bId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
