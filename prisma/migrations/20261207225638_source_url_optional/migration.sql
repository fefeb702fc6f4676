-- AlterTable
ALTER TABLE "Source" ALTER COLUMN "url" DROP NOT NULL,
ALTER COLUMN "normalizedUrl" DROP NOT NULL;

-- A file-only source has no URL: to_tsvector(NULL) would make the whole vector NULL
-- and the source unsearchable by its title.
CREATE OR REPLACE FUNCTION claimtrack_search_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', NEW.title), 'A') ||
    setweight(to_tsvector('claimtrack_search', concat_ws(' ', NEW.publisher, NEW.author)), 'B') ||
    setweight(to_tsvector('claimtrack_search', coalesce(NEW.url, '')), 'C');
  RETURN NEW;
END
$$;
