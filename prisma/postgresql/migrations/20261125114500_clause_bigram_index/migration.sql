-- Two-character search terms (lib/db/search.ts). A trigram index cannot find
-- them, and pg_trgm hashes non-ASCII trigrams, so there is no prefix to search
-- by. This indexes each clause's two-character runs (case folded, each kept
-- once by GIN) in a GIN index on an expression, which Prisma's schema cannot describe, so it
-- lives here only. No semicolons inside the function body or comments: the pg
-- adapter splits migration scripts on them.
CREATE FUNCTION tongwen_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(substr(lower(t), i, 2)), '{}'::text[])
    FROM generate_series(1, char_length(t) - 1) AS i
$$;

CREATE INDEX "Clause_text_bigram_idx" ON "Clause" USING GIN (tongwen_bigrams("text"));
