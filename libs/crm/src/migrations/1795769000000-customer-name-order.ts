import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerNameOrder1795769000000 implements MigrationInterface {
  name = 'CustomerNameOrder1795769000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The list sorts names in reading order (inNameOrder: ICU, case after letters); the index that
    // serves its first page and its count is rebuilt on the same collated expression.
    await queryRunner.query(`DROP INDEX "customer_list_name_idx"`);
    await queryRunner.query(`CREATE INDEX "customer_list_name_idx" ON "customer" (("name" COLLATE "und-x-icu"), "id") WHERE merged_into_id IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customer_list_name_idx"`);
    await queryRunner.query(`CREATE INDEX "customer_list_name_idx" ON "customer" ("name", "id") WHERE merged_into_id IS NULL`);
  }
}
