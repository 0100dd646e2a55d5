import { MigrationInterface, QueryRunner } from "typeorm";

export class LogisticsInit1795763953036 implements MigrationInterface {
    name = 'LogisticsInit1795763953036'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "shipment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "reference" text NOT NULL, "customer_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "team_id" uuid, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'planned', "carrier" text, "forwarder" text, "booking_number" text, "containers" jsonb NOT NULL DEFAULT '[]', "vessel" text, "voyage" text, "port_of_loading" text, "port_of_discharge" text, "etd" date, "eta" date, "atd" date, "ata" date, "transport_document_number" text, "transport_document_date" date, "freight_cost" numeric(20,4), "insurance_cost" numeric(20,4), "cost_currency" character(3), "trade_mode" text NOT NULL DEFAULT '0110', "customs_cleared_at" TIMESTAMP WITH TIME ZONE, "notes" text, CONSTRAINT "PK_f51f635db95c534ca206bf7a0a4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2a5bb0499b2e2965d4ad2ad437" ON "shipment" ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_4685ba9aceffc53197b15b5baf" ON "shipment" ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_7dd919f63017bf222eb871dfa2" ON "shipment" ("booking_number") `);
        await queryRunner.query(`CREATE INDEX "IDX_c7e2b84ae5623b41a70949e860" ON "shipment" ("owner_id", "status") `);
        await queryRunner.query(`CREATE TABLE "shipment_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "order_id" uuid NOT NULL, "order_line_id" uuid NOT NULL, "quantity" numeric(18,3) NOT NULL, "override_cartons" integer, "override_net_weight_kg" numeric(12,3), "override_gross_weight_kg" numeric(12,3), "override_cbm" numeric(12,3), CONSTRAINT "PK_f6228898b4578ba672a2f794d11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_327834b432b8afba9ad6936907" ON "shipment_item" ("shipment_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8975925e3a7ff5a2affd276a70" ON "shipment_item" ("order_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_81ed322622afad91c9feea19d1" ON "shipment_item" ("order_line_id") `);
        await queryRunner.query(`ALTER TABLE "shipment_item" ADD CONSTRAINT "FK_327834b432b8afba9ad69369074" FOREIGN KEY ("shipment_id") REFERENCES "shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "shipment_item" DROP CONSTRAINT "FK_327834b432b8afba9ad69369074"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_81ed322622afad91c9feea19d1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8975925e3a7ff5a2affd276a70"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_327834b432b8afba9ad6936907"`);
        await queryRunner.query(`DROP TABLE "shipment_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c7e2b84ae5623b41a70949e860"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7dd919f63017bf222eb871dfa2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4685ba9aceffc53197b15b5baf"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2a5bb0499b2e2965d4ad2ad437"`);
        await queryRunner.query(`DROP TABLE "shipment"`);
    }

}
