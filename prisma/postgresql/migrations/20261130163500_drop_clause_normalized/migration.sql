-- The comparison form of a clause depends on the statement it is compared with
-- (its counterparts are masked), so it is made at comparison time, and the stored
-- copy was written on every import and never read.
ALTER TABLE "Clause" DROP COLUMN "normalized";
