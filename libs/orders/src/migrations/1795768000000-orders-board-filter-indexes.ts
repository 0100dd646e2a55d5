import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersBoardFilterIndexes1795768000000 implements MigrationInterface {
  name = 'OrdersBoardFilterIndexes1795768000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The board of one salesperson (their data scope, or a manager's owner filter): each column's newest
    // cards and the counts per stage straight from the index. Without it PostgreSQL intersected all
    // of the owner's orders (closed ones too) with each stage, 11 times per board.
    await queryRunner.query(
      `CREATE INDEX "sales_order_owner_stage_recent_idx" ON "sales_order" ("owner_id", "stage", (date_trunc('milliseconds', "created_at" AT TIME ZONE 'UTC')) DESC, "id" DESC) WHERE stage NOT IN ('closed', 'cancelled')`,
    );
    // The board filtered by market: the counts per stage of one country, with or without a delivery
    // month or the at-risk flag, read from the index alone (INCLUDE) instead of every active order's row.
    await queryRunner.query(
      `CREATE INDEX "sales_order_country_stage_recent_idx" ON "sales_order" ("customer_country", "stage", (date_trunc('milliseconds', "created_at" AT TIME ZONE 'UTC')) DESC, "id" DESC) INCLUDE ("delivery_date", "at_risk") WHERE stage NOT IN ('closed', 'cancelled')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sales_order_country_stage_recent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sales_order_owner_stage_recent_idx"`);
  }
}
