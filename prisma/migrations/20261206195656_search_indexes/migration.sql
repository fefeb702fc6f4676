-- Workspace search (lib/search): tsvector columns on every searchable row, kept in
-- step by triggers, with GIN indexes; trigram indexes for typo-tolerant names.

-- Many app schemas can share one database (tests give each file its own), and an
-- extension exists once per database: the lock serialises their creation, and the
-- extensions get a schema of their own, so that dropping an app schema never drops
-- them. A database that already has them (in public, say) keeps them where they are.
SELECT pg_advisory_xact_lock(726120619);
CREATE SCHEMA IF NOT EXISTS claimtrack_extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA claimtrack_extensions;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA claimtrack_extensions;

-- For the rest of this migration, names from the extensions (gin_trgm_ops, the
-- unaccent dictionary) resolve wherever they live; what is created still goes into
-- the app's schema, the first on the path.
DO $$
BEGIN
  EXECUTE format('SET LOCAL search_path = %I, %s', current_schema(), (
    SELECT string_agg(DISTINCT extnamespace::regnamespace::text, ', ') FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent')
  ));
END
$$;

-- English stemming with accents folded first: "Zürich" finds "Zurich", "reports"
-- finds "reported".
CREATE TEXT SEARCH CONFIGURATION claimtrack_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION claimtrack_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "DocumentRevision" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "searchVector" tsvector;

-- The vectors. Weights rank where the words were found: A the row's own words (a
-- claim's text, a title), B who and where (author, publisher, locator), C its labels
-- (kind, status, verdict, URL), D a document's whole text. Long texts are cut at a
-- million characters, the most a tsvector holds.
CREATE FUNCTION claimtrack_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('claimtrack_search', concat_ws(' ', NEW.author, NEW.publisher)), 'B') ||
    setweight(to_tsvector('claimtrack_search', coalesce(NEW."sourceUrl", '')), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "Document_search" BEFORE INSERT OR UPDATE OF title, author, publisher, "sourceUrl" ON "Document"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_document();

CREATE FUNCTION claimtrack_search_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := setweight(to_tsvector('claimtrack_search', left(NEW.text, 1000000)), 'D');
  RETURN NEW;
END
$$;
CREATE TRIGGER "DocumentRevision_search" BEFORE INSERT OR UPDATE OF text ON "DocumentRevision"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_revision();

CREATE FUNCTION claimtrack_search_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', NEW.quote), 'A') ||
    setweight(to_tsvector('claimtrack_search', replace(concat_ws(' ', NEW.kind, NEW.status, NEW.verdict), '_', ' ')), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "Claim_search" BEFORE INSERT OR UPDATE OF quote, kind, status, verdict ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_claim();

CREATE FUNCTION claimtrack_search_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', NEW.title), 'A') ||
    setweight(to_tsvector('claimtrack_search', concat_ws(' ', NEW.publisher, NEW.author)), 'B') ||
    setweight(to_tsvector('claimtrack_search', NEW.url), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "Source_search" BEFORE INSERT OR UPDATE OF title, publisher, author, url ON "Source"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_source();

CREATE FUNCTION claimtrack_search_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', NEW.quote), 'A') ||
    setweight(to_tsvector('claimtrack_search', concat_ws(' ', NEW.locator, NEW.figure)), 'B');
  RETURN NEW;
END
$$;
CREATE TRIGGER "Evidence_search" BEFORE INSERT OR UPDATE OF quote, locator, figure ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_evidence();

CREATE FUNCTION claimtrack_search_comment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := setweight(to_tsvector('claimtrack_search', NEW.body), 'A');
  RETURN NEW;
END
$$;
CREATE TRIGGER "Comment_search" BEFORE INSERT OR UPDATE OF body ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_comment();

-- Rows written before this migration: touching a column the trigger watches fills
-- their vector.
UPDATE "Document" SET title = title;
UPDATE "DocumentRevision" SET text = text;
UPDATE "Claim" SET quote = quote;
UPDATE "Source" SET title = title;
UPDATE "Evidence" SET quote = quote;
UPDATE "Comment" SET body = body;

-- CreateIndex
CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Document_title_idx" ON "Document" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DocumentRevision_searchVector_idx" ON "DocumentRevision" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_quote_idx" ON "Claim" USING GIN ("quote" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Quantity_value_idx" ON "Quantity"("value");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_normalizedUrl_idx" ON "Source" USING GIN ("normalizedUrl" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Evidence_searchVector_idx" ON "Evidence" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
