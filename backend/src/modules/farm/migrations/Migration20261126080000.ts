import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 5: the owner invites members by e-mail (only the token's hash is stored). */
export class Migration20261126080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "farm_invite" ("id" text not null, "email" text not null, "name" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "farm_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_invite_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_farm_invite_farm_id" ON "farm_invite" ("farm_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_farm_invite_deleted_at" ON "farm_invite" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_invite_token_hash_unique" ON "farm_invite" ("token_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "farm_invite" add constraint "farm_invite_farm_id_foreign" foreign key ("farm_id") references "farm" ("id") on update cascade;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "farm_invite" cascade;`)
  }
}
