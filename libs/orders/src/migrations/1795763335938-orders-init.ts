import { MigrationInterface, QueryRunner } from "typeorm";

export class OrdersInit1795763335938 implements MigrationInterface {
    name = 'OrdersInit1795763335938'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "number_sequence" ("key" text NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_8c75e849e2c3773de7056c0b280" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "sales_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "number" text NOT NULL, "customer_id" uuid NOT NULL, "contact_id" uuid, "customer_country" character(2), "customer_name" text NOT NULL, "quotation_id" uuid, "currency" character(3) NOT NULL, "incoterm_code" text NOT NULL, "incoterm_place" text NOT NULL, "transport_mode" text NOT NULL DEFAULT 'sea', "payment_terms_text" text NOT NULL, "payment_terms" jsonb NOT NULL, "order_date" date NOT NULL, "delivery_date" date, "expected_ship_date" date, "owner_id" uuid NOT NULL, "team_id" uuid, "merchandiser_id" uuid, "stage" text NOT NULL DEFAULT 'draft', "resume_stage" text, "at_risk" boolean NOT NULL DEFAULT false, "risk_reason" text, "freight_cost" numeric(20,4), "insurance_cost" numeric(20,4), "import_duty_cost" numeric(20,4), "total" numeric(20,4) NOT NULL DEFAULT '0', "booking_number" text, "bl_number" text, "bl_date" date, "invoice_date" date, "customs_cleared_at" TIMESTAMP WITH TIME ZONE, "documents_sent_at" TIMESTAMP WITH TIME ZONE, "origin" text NOT NULL DEFAULT 'manual', "import_fingerprint" text, "notes" text, CONSTRAINT "PK_1631a193003bfc4297c61ba38ba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_51ab5c9d08c7e89ffb38e00ee4" ON "sales_order" ("number") `);
        await queryRunner.query(`CREATE INDEX "IDX_19159556298a9e0b62e2297c55" ON "sales_order" ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f9b4413945ecf22c1cc6e4bf46" ON "sales_order" ("owner_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c6d2793e9fe020793621ffb480" ON "sales_order" ("owner_id", "stage") `);
        await queryRunner.query(`CREATE INDEX "sales_order_board_idx" ON "sales_order" ("stage", "delivery_date") WHERE stage NOT IN ('closed', 'cancelled')`);
        await queryRunner.query(`CREATE TABLE "order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "position" integer NOT NULL, "product_id" uuid, "sku" text, "description" text NOT NULL, "quantity" numeric(18,3) NOT NULL, "unit" text NOT NULL DEFAULT 'pcs', "unit_price" numeric(20,4) NOT NULL, "amount" numeric(20,4) NOT NULL, CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ed8fae6d7239e9d730219215af" ON "order_line" ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_4526de8c78faf508b2ef1e8436" ON "order_line" ("product_id") `);
        await queryRunner.query(`CREATE TABLE "order_installment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "sequence" integer NOT NULL, "trigger" text NOT NULL, "method" text NOT NULL, "percentage" numeric(7,4) NOT NULL, "days" integer, "label" text NOT NULL, "amount" numeric(20,4) NOT NULL, "paid_amount" numeric(20,4) NOT NULL DEFAULT '0', "due_date" date, CONSTRAINT "PK_5095dccd8d67f4e79c7733d81a8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_395dfa75d884e9af0f704e474d" ON "order_installment" ("order_id") `);
        await queryRunner.query(`CREATE INDEX "order_installment_due_idx" ON "order_installment" ("due_date") WHERE paid_amount < amount`);
        await queryRunner.query(`CREATE TABLE "order_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "by_user_id" uuid, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b02d57a5f311d1b97d5756ecc76" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e17280f2a47b80fdfe23b4e5ff" ON "order_stage_change" ("order_id", "at") `);
        await queryRunner.query(`CREATE TABLE "order_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "mentioned_user_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bf9403b945229123a8493ad45c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_63da9ae7ecee845a121d037ce5" ON "order_comment" ("order_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "order_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "version" integer NOT NULL, "number" text NOT NULL, "file_name" text NOT NULL, "content_hash" text NOT NULL, "content" bytea NOT NULL, "size_bytes" integer NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bbaf97b70f821e3ca4c8a87ed5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dac54dad760f013c65ff965b8d" ON "order_document" ("owner_type", "owner_id", "kind", "language", "version") `);
        await queryRunner.query(`CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" text NOT NULL, "contact_name" text, "phone" text, "email" text, "address" text, CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_05290e39dd1ef4fbbcfe329f7b" ON "supplier" ("name") `);
        await queryRunner.query(`CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "sku" text NOT NULL, "names" jsonb NOT NULL, "descriptions" jsonb NOT NULL DEFAULT '{}', "hs_code" text, "customs_name" text, "unit" text NOT NULL DEFAULT 'pcs', "units_per_carton" integer, "carton_length_cm" numeric(10,2), "carton_width_cm" numeric(10,2), "carton_height_cm" numeric(10,2), "net_weight_kg" numeric(12,3), "gross_weight_kg" numeric(12,3), "vat_rebate_rate" numeric(5,2) NOT NULL DEFAULT '0', "default_cost" numeric(20,4), "cost_currency" character(3), "default_supplier_id" uuid, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_34f6ca1cd897cc926bdcca1ca3" ON "product" ("sku") `);
        await queryRunner.query(`CREATE INDEX "IDX_64a0953bec01113c38d425a9c8" ON "product" ("hs_code") `);
        await queryRunner.query(`CREATE TABLE "product_price" ("product_id" uuid NOT NULL, "currency" character(3) NOT NULL, "amount" numeric(20,4) NOT NULL, CONSTRAINT "PK_1641836e6fbbd7dbb8ff2e74d59" PRIMARY KEY ("product_id", "currency"))`);
        await queryRunner.query(`CREATE TABLE "purchase_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "number" text NOT NULL, "order_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "currency" character(3) NOT NULL, "due_date" date NOT NULL, "total" numeric(20,4) NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'open', CONSTRAINT "PK_ad3e1c7b862f4043b103a6c8c60" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f479705eb85b6fea4103cb25b3" ON "purchase_order" ("number") `);
        await queryRunner.query(`CREATE INDEX "IDX_0996beb5005c12fef3a8a01047" ON "purchase_order" ("order_id") `);
        await queryRunner.query(`CREATE TABLE "purchase_order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purchase_order_id" uuid NOT NULL, "order_line_id" uuid NOT NULL, "product_id" uuid, "description" text NOT NULL, "quantity" numeric(18,3) NOT NULL, "unit_cost" numeric(20,4) NOT NULL, "amount" numeric(20,4) NOT NULL, CONSTRAINT "PK_6077a6da2cd5d311c17e6ac7cb3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5d8c68b77890a17d89746f2f86" ON "purchase_order_line" ("purchase_order_id") `);
        await queryRunner.query(`CREATE TABLE "production_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "kind" text NOT NULL, "planned_date" date NOT NULL, "original_date" date NOT NULL, "actual_date" date, "note" text, CONSTRAINT "PK_5a80b661a6af529b6f682e3c5c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_33f0aeff7c6c71e57e7f722512" ON "production_milestone" ("order_id", "kind") `);
        await queryRunner.query(`CREATE TABLE "quotation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "number" text NOT NULL, "revision" integer NOT NULL DEFAULT '1', "is_latest" boolean NOT NULL DEFAULT true, "customer_id" uuid NOT NULL, "contact_id" uuid, "currency" character(3) NOT NULL, "incoterm_code" text NOT NULL, "incoterm_place" text NOT NULL, "payment_terms_text" text NOT NULL, "payment_terms" jsonb NOT NULL, "valid_until" date NOT NULL, "status" text NOT NULL DEFAULT 'draft', "owner_id" uuid NOT NULL, "team_id" uuid, "total" numeric(20,4) NOT NULL DEFAULT '0', "notes" text, "order_id" uuid, CONSTRAINT "PK_596c572d5858492d10d8cf5383d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a9d713d3bd3c54be56263cb76e" ON "quotation" ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cbc683878ae48cd04275ac58d8" ON "quotation" ("owner_id") `);
        await queryRunner.query(`CREATE INDEX "quotation_expiry_idx" ON "quotation" ("valid_until") WHERE status IN ('draft', 'sent')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bcdef8d63f880dee854506a577" ON "quotation" ("number", "revision") `);
        await queryRunner.query(`CREATE TABLE "quotation_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quotation_id" uuid NOT NULL, "position" integer NOT NULL, "product_id" uuid, "sku" text, "description" text NOT NULL, "quantity" numeric(18,3) NOT NULL, "unit" text NOT NULL DEFAULT 'pcs', "unit_price" numeric(20,4) NOT NULL, "amount" numeric(20,4) NOT NULL, CONSTRAINT "PK_f7637af6733fe8751cf15d4d88f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9a5985aa8dbbb93f3e5b555afe" ON "quotation_line" ("quotation_id") `);
        await queryRunner.query(`CREATE TABLE "orders_settings" ("id" integer NOT NULL DEFAULT '1', "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed894b5432da193e93dfeab09cf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "order_line" ADD CONSTRAINT "FK_ed8fae6d7239e9d730219215af7" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_installment" ADD CONSTRAINT "FK_395dfa75d884e9af0f704e474d9" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_stage_change" ADD CONSTRAINT "FK_9c67ea8637a2dd9a42a93a05985" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_comment" ADD CONSTRAINT "FK_783f2be2c91cf32448ae5f9fd60" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product" ADD CONSTRAINT "FK_2ae5316a1c321afe5d8358a96ca" FOREIGN KEY ("default_supplier_id") REFERENCES "supplier"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "product_price" ADD CONSTRAINT "FK_0da08b762f53700e4f8760a9b5c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "purchase_order" ADD CONSTRAINT "FK_0996beb5005c12fef3a8a01047a" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "purchase_order_line" ADD CONSTRAINT "FK_5d8c68b77890a17d89746f2f861" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "production_milestone" ADD CONSTRAINT "FK_8dc1d75ec719982565d9b4507a5" FOREIGN KEY ("order_id") REFERENCES "sales_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "quotation_line" ADD CONSTRAINT "FK_9a5985aa8dbbb93f3e5b555afed" FOREIGN KEY ("quotation_id") REFERENCES "quotation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "quotation_line" DROP CONSTRAINT "FK_9a5985aa8dbbb93f3e5b555afed"`);
        await queryRunner.query(`ALTER TABLE "production_milestone" DROP CONSTRAINT "FK_8dc1d75ec719982565d9b4507a5"`);
        await queryRunner.query(`ALTER TABLE "purchase_order_line" DROP CONSTRAINT "FK_5d8c68b77890a17d89746f2f861"`);
        await queryRunner.query(`ALTER TABLE "purchase_order" DROP CONSTRAINT "FK_0996beb5005c12fef3a8a01047a"`);
        await queryRunner.query(`ALTER TABLE "product_price" DROP CONSTRAINT "FK_0da08b762f53700e4f8760a9b5c"`);
        await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_2ae5316a1c321afe5d8358a96ca"`);
        await queryRunner.query(`ALTER TABLE "order_comment" DROP CONSTRAINT "FK_783f2be2c91cf32448ae5f9fd60"`);
        await queryRunner.query(`ALTER TABLE "order_stage_change" DROP CONSTRAINT "FK_9c67ea8637a2dd9a42a93a05985"`);
        await queryRunner.query(`ALTER TABLE "order_installment" DROP CONSTRAINT "FK_395dfa75d884e9af0f704e474d9"`);
        await queryRunner.query(`ALTER TABLE "order_line" DROP CONSTRAINT "FK_ed8fae6d7239e9d730219215af7"`);
        await queryRunner.query(`DROP TABLE "orders_settings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9a5985aa8dbbb93f3e5b555afe"`);
        await queryRunner.query(`DROP TABLE "quotation_line"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bcdef8d63f880dee854506a577"`);
        await queryRunner.query(`DROP INDEX "public"."quotation_expiry_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cbc683878ae48cd04275ac58d8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a9d713d3bd3c54be56263cb76e"`);
        await queryRunner.query(`DROP TABLE "quotation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_33f0aeff7c6c71e57e7f722512"`);
        await queryRunner.query(`DROP TABLE "production_milestone"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5d8c68b77890a17d89746f2f86"`);
        await queryRunner.query(`DROP TABLE "purchase_order_line"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0996beb5005c12fef3a8a01047"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f479705eb85b6fea4103cb25b3"`);
        await queryRunner.query(`DROP TABLE "purchase_order"`);
        await queryRunner.query(`DROP TABLE "product_price"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_64a0953bec01113c38d425a9c8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_34f6ca1cd897cc926bdcca1ca3"`);
        await queryRunner.query(`DROP TABLE "product"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_05290e39dd1ef4fbbcfe329f7b"`);
        await queryRunner.query(`DROP TABLE "supplier"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dac54dad760f013c65ff965b8d"`);
        await queryRunner.query(`DROP TABLE "order_document"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_63da9ae7ecee845a121d037ce5"`);
        await queryRunner.query(`DROP TABLE "order_comment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e17280f2a47b80fdfe23b4e5ff"`);
        await queryRunner.query(`DROP TABLE "order_stage_change"`);
        await queryRunner.query(`DROP INDEX "public"."order_installment_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_395dfa75d884e9af0f704e474d"`);
        await queryRunner.query(`DROP TABLE "order_installment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4526de8c78faf508b2ef1e8436"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ed8fae6d7239e9d730219215af"`);
        await queryRunner.query(`DROP TABLE "order_line"`);
        await queryRunner.query(`DROP INDEX "public"."sales_order_board_idx"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c6d2793e9fe020793621ffb480"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f9b4413945ecf22c1cc6e4bf46"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_19159556298a9e0b62e2297c55"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_51ab5c9d08c7e89ffb38e00ee4"`);
        await queryRunner.query(`DROP TABLE "sales_order"`);
        await queryRunner.query(`DROP TABLE "number_sequence"`);
    }

}
