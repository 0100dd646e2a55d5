import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxEventClockTime1795769300000 implements MigrationInterface {
  name = 'OutboxEventClockTime1795769300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // now() is the transaction's start, so every event of one transaction had the same time, and a
    // handler keeping the newest of absolute figures ("updated_at <= occurred_at") could keep an
    // earlier event's. clock_timestamp() gives events the order they were published in.
    await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT clock_timestamp()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
  }
}
