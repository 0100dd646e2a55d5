import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersShipmentCosts1795768300000 implements MigrationInterface {
  name = 'OrdersShipmentCosts1795768300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Whether the order's shipments carry freight or insurance costs (logistics books them there):
    // the Incoterm checks count them as the order's own.
    await queryRunner.query(`ALTER TABLE "sales_order" ADD "shipment_freight_booked" boolean NOT NULL DEFAULT false, ADD "shipment_insurance_booked" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      UPDATE sales_order o SET shipment_freight_booked = c.freight, shipment_insurance_booked = c.insurance
        FROM (SELECT si.order_id, bool_or(s.freight_cost > 0) AS freight, bool_or(s.insurance_cost > 0) AS insurance
                FROM shipment_item si JOIN shipment s ON s.id = si.shipment_id GROUP BY si.order_id) c
       WHERE c.order_id = o.id AND (c.freight OR c.insurance)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sales_order" DROP COLUMN "shipment_freight_booked", DROP COLUMN "shipment_insurance_booked"`);
  }
}
