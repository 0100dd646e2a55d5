import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerFillFactor1795769300000 implements MigrationInterface {
  name = 'CustomerFillFactor1795769300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Customers are updated often without touching an indexed column (grades, notes, aliases, an
    // import's enrichment). With room left on each page PostgreSQL can keep the new row version on
    // the same page (a HOT update) and skip all twelve indexes, three of them trigram GINs. Applies
    // to pages written from now on; existing pages gain the room when the table is next rewritten.
    await queryRunner.query(`ALTER TABLE "customer" SET (fillfactor = 90)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "customer" RESET (fillfactor)`);
  }
}
