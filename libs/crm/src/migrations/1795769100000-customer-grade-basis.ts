import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerGradeBasis1795769100000 implements MigrationInterface {
  name = 'CustomerGradeBasis1795769100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The grade's reason as a code and figures (GradeBasis), so the SPA can say it in Chinese. Existing
    // customers get theirs at the next grading run, which rewrites every customer whose basis differs.
    await queryRunner.query(`ALTER TABLE "customer" ADD "grade_basis" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "customer" DROP COLUMN "grade_basis"`);
  }
}
