-- AlterTable
ALTER TABLE "DocumentRevision" ADD COLUMN     "baseNumber" INTEGER,
ADD COLUMN     "content" JSONB;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "orphanedAt" TIMESTAMP(3),
ADD COLUMN     "previousQuote" TEXT,
ADD COLUMN     "textChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ClaimAnchor" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "quantities" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimAnchor_revisionId_idx" ON "ClaimAnchor"("revisionId");

-- CreateIndex
CREATE INDEX "ClaimAnchor_claimId_idx" ON "ClaimAnchor"("claimId");

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAnchor" ADD CONSTRAINT "ClaimAnchor_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "DocumentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
