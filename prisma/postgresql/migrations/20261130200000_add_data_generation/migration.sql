-- One row whose number every writer raises in its transaction (lib/db/write-lock.ts).
-- The server keeps a rendered page for the number it was rendered under
-- (lib/server/page-cache.ts), so that an import, an edit or a deletion, in the app
-- or in the command line, is seen on the next request.
CREATE TABLE "DataGeneration" (
    "id" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DataGeneration_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataGeneration" ("id", "n") VALUES (1, 0);
