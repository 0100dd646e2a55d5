import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpOneOpenPolicy1795769200000 implements MigrationInterface {
  name = 'FollowUpOneOpenPolicy1795769200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Two gradings of one customer at once (the nightly run and a regrade after an activity) could
    // each create the grade policy's follow-up. Extra open policy follow-ups are system reminders
    // without a note, so all but the oldest of a customer are removed before the index forbids them.
    await queryRunner.query(`
      DELETE FROM "follow_up" f USING "follow_up" older
      WHERE f.origin = 'policy' AND f.done_at IS NULL AND older.origin = 'policy' AND older.done_at IS NULL
        AND older.customer_id = f.customer_id AND (older.created_at, older.id) < (f.created_at, f.id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_up_open_policy_uq" ON "follow_up" ("customer_id") WHERE origin = 'policy' AND done_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."follow_up_open_policy_uq"`);
  }
}
