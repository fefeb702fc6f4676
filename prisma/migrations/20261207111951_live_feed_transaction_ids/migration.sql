-- Rows written before this migration take its own transaction id: older than any
-- cursor a stream can hold, so they count as already delivered.
-- AlterTable
ALTER TABLE "ActivityEvent" ADD COLUMN     "xactId" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint;

-- CreateIndex
CREATE INDEX "ActivityEvent_documentId_xactId_idx" ON "ActivityEvent"("documentId", "xactId");
