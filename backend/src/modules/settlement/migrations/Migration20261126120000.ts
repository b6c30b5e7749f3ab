import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Settlement statements (정산서) of the farms. */
export class Migration20261126120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "settlement_statement" ("id" text not null, "farm_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "sales" integer not null, "refunds" integer not null, "commission" integer not null, "net" integer not null, "status" text check ("status" in ('draft', 'confirmed', 'paid')) not null default 'draft', "paid_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_statement_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_deleted_at" ON "settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_farm_id_period_start" ON "settlement_statement" ("farm_id", "period_start") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settlement_statement" cascade;`)
  }
}
