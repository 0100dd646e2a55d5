import { MigrationInterface, QueryRunner } from "typeorm";

export class CrmInit1795762190947 implements MigrationInterface {
    name = 'CrmInit1795762190947'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "customer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" text NOT NULL, "normalized_name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "local_name" text, "country" character(2), "city" text, "address" text, "website" text, "website_domain" text, "industry" text, "source" text, "owner_id" uuid, "team_id" uuid, "stage" text NOT NULL DEFAULT 'lead', "products_of_interest" text array NOT NULL DEFAULT '{}', "price_sensitivity" text, "usual_incoterm" text, "usual_currency" character(3), "usual_payment_terms" text, "company_anniversary" date, "notes" text, "grade" text, "grade_reason" text, "graded_at" TIMESTAMP WITH TIME ZONE, "last_activity_at" TIMESTAMP WITH TIME ZONE, "owned_since" TIMESTAMP WITH TIME ZONE, "pool_warning_sent_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "created_by_id" uuid, CONSTRAINT "PK_a7a13f4cacb744524e44dfdad32" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5186db8ceb0f2b67d1a85af237" ON "customer" ("normalized_name") `);
        await queryRunner.query(`CREATE INDEX "IDX_7c3ea49c0c84c3c8d188f2645a" ON "customer" ("country") `);
        await queryRunner.query(`CREATE INDEX "IDX_c7b7aef21c74edfef780eff401" ON "customer" ("website_domain") `);
        await queryRunner.query(`CREATE INDEX "IDX_4bdcc14c88341547e4caef0e23" ON "customer" ("merged_into_id") WHERE merged_into_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "customer_pool_idx" ON "customer" ("last_activity_at") WHERE owner_id IS NOT NULL AND merged_into_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "customer_scope_idx" ON "customer" ("owner_id", "team_id") `);
        await queryRunner.query(`CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "contact_id" uuid, "type" text NOT NULL, "subject" text, "body" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "author_id" uuid, "data" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "activity_timeline_idx" ON "activity" ("customer_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "customer_id" uuid NOT NULL, "name" text NOT NULL, "title" text, "emails" text array NOT NULL DEFAULT '{}', "phones" jsonb NOT NULL DEFAULT '[]', "phone_e164" text array NOT NULL DEFAULT '{}', "messaging" jsonb NOT NULL DEFAULT '{}', "birthday" date, "preferred_language" text, "is_primary" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2838ec3d713f319d148e5987b1" ON "contact" ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "customer_order_stats" ("customer_id" uuid NOT NULL, "order_count" integer NOT NULL DEFAULT '0', "open_quotation_count" integer NOT NULL DEFAULT '0', "first_order_date" date, "last_order_date" date, "revenue_amount" numeric(18,2) NOT NULL DEFAULT '0', "revenue12m_amount" numeric(18,2) NOT NULL DEFAULT '0', "orders12m" integer NOT NULL DEFAULT '0', "revenue_currency" character(3) NOT NULL DEFAULT 'USD', "receivable_open_amount" numeric(18,2) NOT NULL DEFAULT '0', "receivable_overdue_amount" numeric(18,2) NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e8c9296f7d1497647637f5cae5" PRIMARY KEY ("customer_id"))`);
        await queryRunner.query(`CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "customer_id" uuid NOT NULL, "contact_id" uuid, "assignee_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "type" text NOT NULL DEFAULT 'call', "note" text, "done_at" TIMESTAMP WITH TIME ZONE, "done_activity_id" uuid, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "origin" text NOT NULL DEFAULT 'manual', "created_by_id" uuid, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_249b89b27d850cd21b147e1e65" ON "follow_up" ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "follow_up_reminder_idx" ON "follow_up" ("due_at") WHERE done_at IS NULL AND reminder_sent_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "follow_up_open_idx" ON "follow_up" ("assignee_id", "due_at") WHERE done_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "customer_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "file" bytea, "mapping" jsonb, "dry_run" boolean NOT NULL, "status" text NOT NULL DEFAULT 'uploaded', "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "merged" integer NOT NULL DEFAULT '0', "errors" integer NOT NULL DEFAULT '0', "failure" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f6fe6921eb22bde09bd899859e3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8758a5231a4e80ccccd76637fb" ON "customer_import" ("created_by_id") `);
        await queryRunner.query(`CREATE TABLE "customer_import_row" ("import_id" uuid NOT NULL, "row" integer NOT NULL, "status" text NOT NULL, "customer_id" uuid, "merged_into_row" integer, "customer_name" text, "matched_on" text, "reason" text, "error" text, "warnings" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_4df8af3d83c1f77cedc6144eeed" PRIMARY KEY ("import_id", "row"))`);
        await queryRunner.query(`CREATE TABLE "customer_owner_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "from_user_id" uuid, "to_user_id" uuid, "reason" text NOT NULL, "by_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8925db75818bc4979b3d24e04c6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_650e002235246fad9d26eb447b" ON "customer_owner_change" ("customer_id", "at") `);
        await queryRunner.query(`CREATE TABLE "customer_share" ("customer_id" uuid NOT NULL, "user_id" uuid NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d2b62f248324eaa7d70547919a" PRIMARY KEY ("customer_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d8eb57ba9f61ad4767ac4e9963" ON "customer_share" ("user_id") `);
        await queryRunner.query(`CREATE TABLE "crm_settings" ("id" integer NOT NULL DEFAULT '1', "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ed2f2a64206c95a9fdf226ef70" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "tag_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" text NOT NULL DEFAULT 'custom', CONSTRAINT "PK_e981aec841941757b9f25ba384e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4648b58740c41d8fddcece36e6" ON "tag_group" ("name") `);
        await queryRunner.query(`CREATE TABLE "tag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "group_id" uuid NOT NULL, "name" text NOT NULL, "color" text NOT NULL DEFAULT '#1677ff', CONSTRAINT "PK_8e4052373c579afc1471f526760" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e8734afc6d03e70cb8834e0d74" ON "tag" ("group_id", "name") `);
        await queryRunner.query(`CREATE TABLE "customer_tag" ("customer_id" uuid NOT NULL, "tag_id" uuid NOT NULL, CONSTRAINT "PK_2a4110afe4562928b69bc0d65be" PRIMARY KEY ("customer_id", "tag_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2a4110afe4562928b69bc0d65b" ON "customer_tag" ("tag_id", "customer_id") `);
        await queryRunner.query(`CREATE TABLE "customer_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_id" uuid NOT NULL, "name" text NOT NULL, "filter" jsonb NOT NULL, "columns" text array NOT NULL DEFAULT '{}', "shared" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_3df465d93159633a1989a7e3d32" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d20f2c26275bba41e86f772546" ON "customer_view" ("owner_id") `);
        await queryRunner.query(`ALTER TABLE "customer" ADD CONSTRAINT "FK_5fe6fc4b74a90db7f6b74c05db5" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer" ADD CONSTRAINT "FK_f96d287e332efdf7910a718ced9" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity" ADD CONSTRAINT "FK_4dbb6c9f72a010b1233f0316d6b" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_2838ec3d713f319d148e5987b1c" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_up" ADD CONSTRAINT "FK_249b89b27d850cd21b147e1e652" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_import_row" ADD CONSTRAINT "FK_7eb1852abca2694fc1efa88d9df" FOREIGN KEY ("import_id") REFERENCES "customer_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_owner_change" ADD CONSTRAINT "FK_b6014cd3a5bcab239e5a861709e" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_share" ADD CONSTRAINT "FK_fcbc8e15e1b8a0f2f62bdb58a36" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tag" ADD CONSTRAINT "FK_e981aec841941757b9f25ba384e" FOREIGN KEY ("group_id") REFERENCES "tag_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_tag" ADD CONSTRAINT "FK_71819ed9318404974f03d78dbba" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_tag" ADD CONSTRAINT "FK_310d4affefa5d238769746fa34f" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Indexes the entities cannot describe (GIN over arrays, trigram search); TypeORM ignores them (synchronize: false).
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE INDEX "customer_name_trgm_idx" ON "customer" USING gin ("name" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "contact_emails_idx" ON "contact" USING gin ("emails")`);
        await queryRunner.query(`CREATE INDEX "contact_phone_e164_idx" ON "contact" USING gin ("phone_e164")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "contact_phone_e164_idx"`);
        await queryRunner.query(`DROP INDEX "contact_emails_idx"`);
        await queryRunner.query(`DROP INDEX "customer_name_trgm_idx"`);
        await queryRunner.query(`ALTER TABLE "customer_tag" DROP CONSTRAINT "FK_310d4affefa5d238769746fa34f"`);
        await queryRunner.query(`ALTER TABLE "customer_tag" DROP CONSTRAINT "FK_71819ed9318404974f03d78dbba"`);
        await queryRunner.query(`ALTER TABLE "tag" DROP CONSTRAINT "FK_e981aec841941757b9f25ba384e"`);
        await queryRunner.query(`ALTER TABLE "customer_share" DROP CONSTRAINT "FK_fcbc8e15e1b8a0f2f62bdb58a36"`);
        await queryRunner.query(`ALTER TABLE "customer_owner_change" DROP CONSTRAINT "FK_b6014cd3a5bcab239e5a861709e"`);
        await queryRunner.query(`ALTER TABLE "customer_import_row" DROP CONSTRAINT "FK_7eb1852abca2694fc1efa88d9df"`);
        await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_249b89b27d850cd21b147e1e652"`);
        await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_2838ec3d713f319d148e5987b1c"`);
        await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_4dbb6c9f72a010b1233f0316d6b"`);
        await queryRunner.query(`ALTER TABLE "customer" DROP CONSTRAINT "FK_f96d287e332efdf7910a718ced9"`);
        await queryRunner.query(`ALTER TABLE "customer" DROP CONSTRAINT "FK_5fe6fc4b74a90db7f6b74c05db5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d20f2c26275bba41e86f772546"`);
        await queryRunner.query(`DROP TABLE "customer_view"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2a4110afe4562928b69bc0d65b"`);
        await queryRunner.query(`DROP TABLE "customer_tag"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e8734afc6d03e70cb8834e0d74"`);
        await queryRunner.query(`DROP TABLE "tag"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4648b58740c41d8fddcece36e6"`);
        await queryRunner.query(`DROP TABLE "tag_group"`);
        await queryRunner.query(`DROP TABLE "crm_settings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d8eb57ba9f61ad4767ac4e9963"`);
        await queryRunner.query(`DROP TABLE "customer_share"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_650e002235246fad9d26eb447b"`);
        await queryRunner.query(`DROP TABLE "customer_owner_change"`);
        await queryRunner.query(`DROP TABLE "customer_import_row"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8758a5231a4e80ccccd76637fb"`);
        await queryRunner.query(`DROP TABLE "customer_import"`);
        await queryRunner.query(`DROP INDEX "public"."follow_up_open_idx"`);
        await queryRunner.query(`DROP INDEX "public"."follow_up_reminder_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_249b89b27d850cd21b147e1e65"`);
        await queryRunner.query(`DROP TABLE "follow_up"`);
        await queryRunner.query(`DROP TABLE "customer_order_stats"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2838ec3d713f319d148e5987b1"`);
        await queryRunner.query(`DROP TABLE "contact"`);
        await queryRunner.query(`DROP INDEX "public"."activity_timeline_idx"`);
        await queryRunner.query(`DROP TABLE "activity"`);
        await queryRunner.query(`DROP INDEX "public"."customer_scope_idx"`);
        await queryRunner.query(`DROP INDEX "public"."customer_pool_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4bdcc14c88341547e4caef0e23"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c7b7aef21c74edfef780eff401"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7c3ea49c0c84c3c8d188f2645a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5186db8ceb0f2b67d1a85af237"`);
        await queryRunner.query(`DROP TABLE "customer"`);
    }

}
