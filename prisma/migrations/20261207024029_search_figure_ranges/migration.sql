-- Search matches a typed figure against a range's upper end too (lib/search/search-sql.ts).
-- CreateIndex
CREATE INDEX "Quantity_valueMax_idx" ON "Quantity"("valueMax");
