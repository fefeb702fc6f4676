-- CreateIndex
CREATE INDEX "Quantity_unit_year_value_claimId_idx" ON "Quantity"("unit", "year", "value", "claimId");
