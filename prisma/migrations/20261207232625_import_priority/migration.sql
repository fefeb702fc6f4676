-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0;
