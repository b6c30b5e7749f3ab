import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126015133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "farm_member" drop constraint if exists "farm_member_email_unique";`);
    this.addSql(`alter table if exists "farm" drop constraint if exists "farm_handle_unique";`);
    this.addSql(`create table if not exists "farm" ("id" text not null, "handle" text not null, "name" text not null, "representative" text not null, "town" text not null, "address" text not null, "phone" text not null, "email" text not null, "story" text not null, "established_year" integer null, "certifications" jsonb not null default '{"items":[]}', "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "free_shipping_threshold" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_farm_deleted_at" ON "farm" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_handle_unique" ON "farm" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "farm_member" ("id" text not null, "email" text not null, "name" text not null, "phone" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "farm_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "farm_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_farm_member_farm_id" ON "farm_member" ("farm_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_farm_member_deleted_at" ON "farm_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_farm_member_email_unique" ON "farm_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "farm_member" add constraint "farm_member_farm_id_foreign" foreign key ("farm_id") references "farm" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "farm_member" drop constraint if exists "farm_member_farm_id_foreign";`);

    this.addSql(`drop table if exists "farm" cascade;`);

    this.addSql(`drop table if exists "farm_member" cascade;`);
  }

}
