import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Key dates (contacts' birthdays, customers' company anniversaries): the occurrences owners were
 * reminded of, so each is told once, and indexes on the month and day (MMDD as a number) so the dates
 * coming round in the next weeks are found without reading every contact.
 */
export class KeyDateReminders1795769600000 implements MigrationInterface {
  name = 'KeyDateReminders1795769600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "key_date_reminder" ("kind" text NOT NULL, "subject_id" uuid NOT NULL, "occurs_on" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_key_date_reminder" PRIMARY KEY ("kind", "subject_id", "occurs_on"))`,
    );
    await queryRunner.query(`CREATE INDEX "contact_birthday_month_day_idx" ON "contact" (((extract(month from birthday) * 100 + extract(day from birthday))::int)) WHERE birthday IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "customer_anniversary_month_day_idx" ON "customer" (((extract(month from company_anniversary) * 100 + extract(day from company_anniversary))::int)) WHERE company_anniversary IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customer_anniversary_month_day_idx"`);
    await queryRunner.query(`DROP INDEX "contact_birthday_month_day_idx"`);
    await queryRunner.query(`DROP TABLE "key_date_reminder"`);
  }
}
