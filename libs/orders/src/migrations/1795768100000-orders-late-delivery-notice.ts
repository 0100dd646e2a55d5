import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersLateDeliveryNotice1795768100000 implements MigrationInterface {
  name = 'OrdersLateDeliveryNotice1795768100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The delivery date the owner was told had passed before shipping: one notice per date, and a new
    // one when the date is moved and passes again.
    await queryRunner.query(`ALTER TABLE "sales_order" ADD "late_notice_for" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sales_order" DROP COLUMN "late_notice_for"`);
  }
}
