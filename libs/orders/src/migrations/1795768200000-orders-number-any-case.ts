import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersNumberAnyCase1795768200000 implements MigrationInterface {
  name = 'OrdersNumberAnyCase1795768200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // "PI-001" and "pi-001" are one contract to the people who type them: an import must find the
    // order whatever the case, and no second order may take the number in another case.
    const clashes: { numbers: string }[] = await queryRunner.query(
      `SELECT string_agg(number, ' = ' ORDER BY number) AS numbers FROM sales_order GROUP BY lower(number) HAVING count(*) > 1 ORDER BY 1 LIMIT 20`,
    );
    if (clashes.length) {
      throw new Error(`orders whose numbers differ only in case must be renumbered first: ${clashes.map((c) => c.numbers).join('; ')}`);
    }
    await queryRunner.query(`CREATE UNIQUE INDEX "sales_order_number_any_case_key" ON "sales_order" (lower("number"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "sales_order_number_any_case_key"`);
  }
}
