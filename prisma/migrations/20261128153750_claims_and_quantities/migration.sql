-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('STATISTIC', 'COMPARISON', 'RANKING', 'FACTUAL', 'PREDICTION', 'OPINION');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('UNREVIEWED', 'IN_REVIEW', 'READY', 'VERIFIED');

-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('EXTRACTED', 'MANUAL', 'MERGED', 'SPLIT');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('over', 'more_than', 'exceeded', 'at_least', 'nearly', 'about', 'up_to', 'less_than', 'exactly');

-- AlterTable
ALTER TABLE "DocumentRevision" ADD COLUMN     "blocks" JSONB,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'paste';

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "checkworthiness" DECIMAL(4,3) NOT NULL,
    "reasons" JSONB NOT NULL,
    "derived" JSONB,
    "origin" "ClaimOrigin" NOT NULL DEFAULT 'EXTRACTED',
    "status" "ClaimStatus" NOT NULL DEFAULT 'UNREVIEWED',
    "createdById" TEXT,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,
    "supersededAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quantity" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" DECIMAL(65,30) NOT NULL,
    "valueMax" DECIMAL(65,30),
    "unit" TEXT NOT NULL,
    "countedNoun" TEXT,
    "scale" TEXT,
    "qualifier" "Qualifier",
    "year" INTEGER,
    "period" JSONB,
    "role" TEXT,

    CONSTRAINT "Quantity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_documentId_start_idx" ON "Claim"("documentId", "start");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_idx" ON "Claim"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Quantity_claimId_position_key" ON "Quantity"("claimId", "position");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "DocumentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quantity" ADD CONSTRAINT "Quantity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
