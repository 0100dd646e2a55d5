import { MigrationInterface, QueryRunner } from 'typeorm';

/** The possible-duplicates list, computed by a worker job instead of on every page (3 to 4 s an admin's page at 100,000 customers). */
export class CustomerDuplicatePairs1795769500000 implements MigrationInterface {
  name = 'CustomerDuplicatePairs1795769500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "customer_duplicate_pair" ("position" integer NOT NULL, "a_id" uuid NOT NULL, "b_id" uuid NOT NULL, "matched_on" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_customer_duplicate_pair" PRIMARY KEY ("position"))`);
    await queryRunner.query(`CREATE TABLE "customer_duplicate_run" ("id" integer NOT NULL DEFAULT 1, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "pair_count" integer NOT NULL, CONSTRAINT "PK_customer_duplicate_run" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "customer_duplicate_run"`);
    await queryRunner.query(`DROP TABLE "customer_duplicate_pair"`);
  }
}
