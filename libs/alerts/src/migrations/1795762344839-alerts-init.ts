import { MigrationInterface, QueryRunner } from "typeorm";

export class AlertsInit1795762344839 implements MigrationInterface {
    name = 'AlertsInit1795762344839'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" text, "source_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE read_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "notification_inbox_idx" ON "notification" ("user_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`DROP INDEX "public"."notification_inbox_idx"`);
        await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
        await queryRunner.query(`DROP TABLE "notification"`);
    }

}
