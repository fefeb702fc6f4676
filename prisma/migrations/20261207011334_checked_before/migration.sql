-- "Checked before" (lib/checked-before): suggestions of earlier checks per claim, and a
-- library of checks published elsewhere (ClaimReview), searchable like claims.

-- CreateTable
CREATE TABLE "ExternalCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "ratingName" TEXT,
    "ratingValue" DECIMAL(65,30),
    "bestRating" DECIMAL(65,30),
    "worstRating" DECIMAL(65,30),
    "verdict" "Verdict",
    "reviewedAt" TIMESTAMP(3),
    "claimAuthor" TEXT,
    "quantities" JSONB NOT NULL,
    "importedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector,

    CONSTRAINT "ExternalCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "earlierClaimId" TEXT,
    "externalCheckId" TEXT,
    "score" DECIMAL(4,3) NOT NULL,
    "reason" JSONB NOT NULL,
    "matchedQuote" TEXT NOT NULL,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,
    "reusedAt" TIMESTAMP(3),
    "reusedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExternalCheck_searchVector_idx" ON "ExternalCheck" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalCheck_workspaceId_url_claimText_key" ON "ExternalCheck"("workspaceId", "url", "claimText");

-- CreateIndex
CREATE INDEX "PriorCheck_earlierClaimId_idx" ON "PriorCheck"("earlierClaimId");

-- CreateIndex
CREATE INDEX "PriorCheck_workspaceId_claimId_idx" ON "PriorCheck"("workspaceId", "claimId");

-- CreateIndex
CREATE UNIQUE INDEX "PriorCheck_claimId_earlierClaimId_key" ON "PriorCheck"("claimId", "earlierClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "PriorCheck_claimId_externalCheckId_key" ON "PriorCheck"("claimId", "externalCheckId");

-- CreateIndex
CREATE INDEX "Quantity_unit_value_claimId_idx" ON "Quantity"("unit", "value", "claimId");

-- AddForeignKey
ALTER TABLE "ExternalCheck" ADD CONSTRAINT "ExternalCheck_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalCheck" ADD CONSTRAINT "ExternalCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_earlierClaimId_fkey" FOREIGN KEY ("earlierClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_externalCheckId_fkey" FOREIGN KEY ("externalCheckId") REFERENCES "ExternalCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorCheck" ADD CONSTRAINT "PriorCheck_reusedById_fkey" FOREIGN KEY ("reusedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An external check's words are searched and matched like a claim's (see the search
-- migration: the same configuration, the claim's text weighted A).
CREATE FUNCTION claimtrack_search_external_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('claimtrack_search', NEW."claimText"), 'A') ||
    setweight(to_tsvector('claimtrack_search', concat_ws(' ', NEW."publisherName", NEW."ratingName", NEW."claimAuthor")), 'C');
  RETURN NEW;
END
$$;
CREATE TRIGGER "ExternalCheck_search" BEFORE INSERT OR UPDATE OF "claimText", "publisherName", "ratingName", "claimAuthor" ON "ExternalCheck"
  FOR EACH ROW EXECUTE FUNCTION claimtrack_search_external_check();
