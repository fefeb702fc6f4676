-- "One of" rules held by the database, not by a check in code that two requests can
-- both pass: one live document per text in a workspace, one pending invitation per
-- workspace and address. Prisma cannot declare partial unique indexes, so each rule is
-- a unique index on a column that a trigger keeps equal to the key while the row is
-- "live" and null otherwise (nulls never collide).

-- DropIndex: duplicate lookups use the unique index below.
DROP INDEX "Document_workspaceId_contentHash_idx";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "liveContentHash" TEXT;
ALTER TABLE "Invitation" ADD COLUMN     "pendingEmail" TEXT;

CREATE FUNCTION claimtrack_document_live_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."liveContentHash" := CASE WHEN NEW."archivedAt" IS NULL THEN NEW."contentHash" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "Document_live_key" BEFORE INSERT OR UPDATE OF "contentHash", "archivedAt", "liveContentHash" ON "Document"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_document_live_key();

CREATE FUNCTION claimtrack_invitation_pending_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."pendingEmail" := CASE WHEN NEW."acceptedAt" IS NULL AND NEW."revokedAt" IS NULL THEN NEW.email END;
  RETURN NEW;
END $$;
CREATE TRIGGER "Invitation_pending_key" BEFORE INSERT OR UPDATE OF email, "acceptedAt", "revokedAt", "pendingEmail" ON "Invitation"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_invitation_pending_key();

-- Rows from before the rules: racing imports could store one text twice, and an
-- expired invitation stayed pending beside its replacement. The oldest live document
-- stays live and later copies are archived (kept, and restorable once unique); the
-- newest pending invitation stays pending and earlier ones are revoked.
UPDATE "Document" d SET "archivedAt" = now()
 WHERE d."archivedAt" IS NULL
   AND EXISTS (SELECT 1 FROM "Document" o
                WHERE o."workspaceId" = d."workspaceId" AND o."contentHash" = d."contentHash" AND o."archivedAt" IS NULL
                  AND (o."createdAt", o.id) < (d."createdAt", d.id));
-- Any update of the key column makes the trigger compute it.
UPDATE "Document" SET "liveContentHash" = NULL;

UPDATE "Invitation" i SET "revokedAt" = now()
 WHERE i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
   AND EXISTS (SELECT 1 FROM "Invitation" o
                WHERE o."workspaceId" = i."workspaceId" AND o.email = i.email AND o."acceptedAt" IS NULL AND o."revokedAt" IS NULL
                  AND (o."createdAt", o.id) > (i."createdAt", i.id));
UPDATE "Invitation" SET "pendingEmail" = NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Document_workspaceId_liveContentHash_key" ON "Document"("workspaceId", "liveContentHash");
CREATE UNIQUE INDEX "Invitation_workspaceId_pendingEmail_key" ON "Invitation"("workspaceId", "pendingEmail");
