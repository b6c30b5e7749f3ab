import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 5: what an applicant gives besides the profile — registration numbers and the settlement account. */
export class Migration20261126060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "farm" add column if not exists "farmer_registration_number" text null, add column if not exists "business_number" text null, add column if not exists "settlement_account" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "farm" drop column if exists "farmer_registration_number", drop column if exists "business_number", drop column if exists "settlement_account";`)
  }
}
