-- CreateEnum
CREATE TYPE "SnapshotOrigin" AS ENUM ('FETCH', 'UPLOAD');

-- CreateEnum
CREATE TYPE "SnapshotStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "quoteLocation" JSONB,
ADD COLUMN     "quoteSnapshotId" TEXT;

-- CreateTable
CREATE TABLE "SourceSnapshot" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "origin" "SnapshotOrigin" NOT NULL,
    "status" "SnapshotStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "requestedUrl" TEXT,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "fileName" TEXT,
    "format" TEXT,
    "byteSize" INTEGER,
    "sha256" TEXT,
    "textSha256" TEXT,
    "blobKey" TEXT,
    "failureReason" TEXT,
    "title" TEXT,
    "text" TEXT,
    "blocks" JSONB,
    "pageCount" INTEGER,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SourceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SnapshotBlob" (
    "key" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SnapshotBlob_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SourceSnapshot_status_createdAt_idx" ON "SourceSnapshot"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceSnapshot_sourceId_number_key" ON "SourceSnapshot"("sourceId", "number");

-- CreateIndex
CREATE INDEX "SnapshotBlob_workspaceId_idx" ON "SnapshotBlob"("workspaceId");

-- CreateIndex
CREATE INDEX "Evidence_quoteSnapshotId_idx" ON "Evidence"("quoteSnapshotId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_quoteSnapshotId_fkey" FOREIGN KEY ("quoteSnapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotBlob" ADD CONSTRAINT "SnapshotBlob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
