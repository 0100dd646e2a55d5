import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerTagIds1795768500000 implements MigrationInterface {
  name = 'CustomerTagIds1795768500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The list's tag filter as a GIN-indexed array on the customer row: PostgreSQL intersects it with
    // the name search's trigram indexes (BitmapAnd) instead of hashing every customer of a big tag
    // ("Western Europe": 24,543 customer_tag rows, 5 ms) for the page and again for its count.
    await queryRunner.query(`ALTER TABLE "customer" ADD "tag_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "customer" c SET "tag_ids" = t.ids FROM (SELECT customer_id, array_agg(tag_id ORDER BY tag_id) AS ids FROM "customer_tag" GROUP BY customer_id) t WHERE t.customer_id = c.id`,
    );
    await queryRunner.query(`CREATE INDEX "customer_tag_ids_idx" ON "customer" USING gin ("tag_ids")`);
    // customer_tag stays the record of who carries which tag; these statement triggers mirror every
    // insert and delete (the application's, an import's, a merge's, a cascade from a deleted tag or
    // customer) into tag_ids. Each edits the row's current array rather than re-reading customer_tag,
    // so two transactions tagging the same customer at once both land: the second waits for the
    // first's row lock and then edits the array the first committed. A row whose array already says
    // so is left alone (an import writes new customers with their tag_ids), sparing a row version.
    await queryRunner.query(`
      CREATE FUNCTION customer_tag_ids_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE customer c SET tag_ids = ARRAY(SELECT DISTINCT t FROM unnest(c.tag_ids || a.ids) AS t ORDER BY t)
        FROM (SELECT customer_id, array_agg(tag_id) AS ids FROM changed GROUP BY customer_id) a
        WHERE c.id = a.customer_id AND NOT c.tag_ids @> a.ids;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION customer_tag_ids_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE customer c SET tag_ids = ARRAY(SELECT t FROM unnest(c.tag_ids) AS t WHERE t <> ALL (r.ids) ORDER BY t)
        FROM (SELECT customer_id, array_agg(tag_id) AS ids FROM changed GROUP BY customer_id) r
        WHERE c.id = r.customer_id AND c.tag_ids && r.ids;
        RETURN NULL;
      END $$`);
    // customer_tag rows are only ever inserted and deleted: a row that changed would leave tag_ids stale.
    await queryRunner.query(`
      CREATE FUNCTION customer_tag_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'customer_tag rows are inserted and deleted, never updated (customer.tag_ids mirrors them)';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "customer_tag_ids_on_insert" AFTER INSERT ON "customer_tag" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION customer_tag_ids_add()`);
    await queryRunner.query(`CREATE TRIGGER "customer_tag_ids_on_delete" AFTER DELETE ON "customer_tag" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION customer_tag_ids_remove()`);
    await queryRunner.query(`CREATE TRIGGER "customer_tag_no_update" BEFORE UPDATE ON "customer_tag" FOR EACH STATEMENT EXECUTE FUNCTION customer_tag_no_update()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "customer_tag_no_update" ON "customer_tag"`);
    await queryRunner.query(`DROP TRIGGER "customer_tag_ids_on_delete" ON "customer_tag"`);
    await queryRunner.query(`DROP TRIGGER "customer_tag_ids_on_insert" ON "customer_tag"`);
    await queryRunner.query(`DROP FUNCTION customer_tag_no_update()`);
    await queryRunner.query(`DROP FUNCTION customer_tag_ids_remove()`);
    await queryRunner.query(`DROP FUNCTION customer_tag_ids_add()`);
    await queryRunner.query(`DROP INDEX "public"."customer_tag_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "customer" DROP COLUMN "tag_ids"`);
  }
}
