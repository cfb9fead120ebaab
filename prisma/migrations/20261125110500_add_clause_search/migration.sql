-- Full-text search over clauses (lib/db/search.ts). Prisma's schema cannot
-- describe FTS5 tables, so they live here only, and the migration checks treat
-- them as external tables.
--
-- The trigram tokenizer indexes every run of three characters, so a search
-- matches inside Chinese text without word segmentation. Each clause is indexed
-- with an end mark (char 31, which no clause contains) after its text, so that
-- every occurrence of a two-character term begins some indexed trigram. A
-- two-character term is then looked up as the trigrams that begin with it,
-- listed by the vocabulary table ClauseSearchTerms.
CREATE VIRTUAL TABLE "ClauseSearch" USING fts5(
    "text",
    content = 'Clause',
    content_rowid = 'id',
    tokenize = 'trigram'
);

CREATE VIRTUAL TABLE "ClauseSearchTerms" USING fts5vocab('ClauseSearch', 'row');

INSERT INTO "ClauseSearch" ("rowid", "text") SELECT "id", "text" || char(31) FROM "Clause";

-- Keep the index in step with Clause (an external-content table is not updated by itself).
-- A deletion must give the values that were indexed, end mark included.
CREATE TRIGGER "Clause_search_insert" AFTER INSERT ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("rowid", "text") VALUES (new."id", new."text" || char(31));
END;

CREATE TRIGGER "Clause_search_delete" AFTER DELETE ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("ClauseSearch", "rowid", "text") VALUES ('delete', old."id", old."text" || char(31));
END;

CREATE TRIGGER "Clause_search_update" AFTER UPDATE OF "text" ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("ClauseSearch", "rowid", "text") VALUES ('delete', old."id", old."text" || char(31));
    INSERT INTO "ClauseSearch" ("rowid", "text") VALUES (new."id", new."text" || char(31));
END;
