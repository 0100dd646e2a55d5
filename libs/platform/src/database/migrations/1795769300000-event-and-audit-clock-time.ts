import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventAndAuditClockTime1795769300000 implements MigrationInterface {
  name = 'EventAndAuditClockTime1795769300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // now() is the transaction's start, so every event of one transaction had the same time, and a
    // handler keeping the newest of absolute figures ("updated_at <= occurred_at") could keep an
    // earlier event's. clock_timestamp() gives events the order they were published in.
    await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT clock_timestamp()`);
    // The same for the audit trail: an order's timeline listed the steps of one transaction (the demo's
    // orders, an import) in no particular order.
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT clock_timestamp()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
  }
}
