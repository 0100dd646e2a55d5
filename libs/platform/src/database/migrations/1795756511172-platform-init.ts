import { MigrationInterface, QueryRunner } from "typeorm";

export class PlatformInit1795756511172 implements MigrationInterface {
    name = 'PlatformInit1795756511172'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_label" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1c4c8c76598008ea972a84e783" ON "audit_log" ("actor_user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c90b869e72230a796448270652" ON "audit_log" ("entity_type", "entity_id", "at") `);
        await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "name" text NOT NULL, "payload" jsonb NOT NULL, "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "outbox_event_unpublished_idx" ON "outbox_event" ("seq") WHERE published_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "processed_event" ("event_id" uuid NOT NULL, "handler" text NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99e51b4002a74437fba9f76ff0e" PRIMARY KEY ("event_id", "handler"))`);
        await queryRunner.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cf461f5b40cf1a2b8876011e1e" ON "team" ("name") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "team_id" uuid, "active" boolean NOT NULL DEFAULT true, "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', "language" text NOT NULL DEFAULT 'zh-CN', "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
        await queryRunner.query(`CREATE INDEX "IDX_1fdf67ee935e78f5d784279546" ON "app_user" ("team_id") `);
        await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "token_hash" text NOT NULL, "scopes" text array NOT NULL, "created_by_id" uuid NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_1fdf67ee935e78f5d7842795467" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_22ec6c40d28d930b5367df245aa" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
        await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_22ec6c40d28d930b5367df245aa"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_1fdf67ee935e78f5d7842795467"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
        await queryRunner.query(`DROP TABLE "refresh_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bafaa5aab5957cd193fb2da8f2"`);
        await queryRunner.query(`DROP TABLE "api_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1fdf67ee935e78f5d784279546"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cf461f5b40cf1a2b8876011e1e"`);
        await queryRunner.query(`DROP TABLE "team"`);
        await queryRunner.query(`DROP TABLE "processed_event"`);
        await queryRunner.query(`DROP INDEX "public"."outbox_event_unpublished_idx"`);
        await queryRunner.query(`DROP TABLE "outbox_event"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c90b869e72230a796448270652"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1c4c8c76598008ea972a84e783"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
