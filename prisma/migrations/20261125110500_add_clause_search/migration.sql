-- Full-text search over clauses (lib/db/search.ts). Prisma's schema cannot
-- describe an FTS5 table, so it lives here only, and the migration checks
-- treat it as an external table. The trigram tokenizer indexes every run of
-- three characters, so a search matches inside Chinese text without word
-- segmentation; shorter terms are looked up with LIKE on the same table.
CREATE VIRTUAL TABLE "ClauseSearch" USING fts5(
    "text",
    content = 'Clause',
    content_rowid = 'id',
    tokenize = 'trigram'
);

INSERT INTO "ClauseSearch" ("rowid", "text") SELECT "id", "text" FROM "Clause";

-- Keep the index in step with Clause (an external-content table is not updated by itself).
CREATE TRIGGER "Clause_search_insert" AFTER INSERT ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Clause_search_delete" AFTER DELETE ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("ClauseSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
END;

CREATE TRIGGER "Clause_search_update" AFTER UPDATE OF "text" ON "Clause" BEGIN
    INSERT INTO "ClauseSearch" ("ClauseSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
    INSERT INTO "ClauseSearch" ("rowid", "text") VALUES (new."id", new."text");
END;
