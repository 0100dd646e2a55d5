import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersListIndexes1795767500000 implements MigrationInterface {
  name = 'OrdersListIndexes1795767500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Order lists page by (created_at to the millisecond, id), newest first; in UTC so the expression is
    // immutable and can be indexed. A page then reads its 21 rows instead of sorting every match.
    await queryRunner.query(`CREATE INDEX "sales_order_recent_idx" ON "sales_order" ((date_trunc('milliseconds', "created_at" AT TIME ZONE 'UTC')) DESC, "id" DESC)`);
    // The board's columns: the newest active orders of one stage.
    await queryRunner.query(
      `CREATE INDEX "sales_order_stage_recent_idx" ON "sales_order" ("stage", (date_trunc('milliseconds', "created_at" AT TIME ZONE 'UTC')) DESC, "id" DESC) WHERE stage NOT IN ('closed', 'cancelled')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sales_order_stage_recent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sales_order_recent_idx"`);
  }
}
