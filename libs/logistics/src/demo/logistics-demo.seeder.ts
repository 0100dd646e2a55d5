import { Injectable } from '@nestjs/common';
import { runInContext, User } from '@tradewind/platform';
import { OrdersFacade } from '@tradewind/orders';
import { ShipmentService } from '../shipment/shipment.service';

const DAY = 86_400_000;

/** Shipments for the demo's ready orders: booked ones, and one already at sea with its B/L. */
@Injectable()
export class LogisticsDemoSeeder {
  constructor(
    private readonly shipments: ShipmentService,
    private readonly orders: OrdersFacade,
  ) {}

  async seed(clerk: User, readyOrderIds: string[], now = new Date()): Promise<{ shipments: number }> {
    const actor = { kind: 'user' as const, userId: clerk.id, email: clerk.email, role: clerk.role, teamId: clerk.teamId };
    const day = (d: number) => new Date(now.getTime() + d * DAY).toISOString().slice(0, 10);
    let count = 0;
    await runInContext({ actor }, async () => {
      for (const [index, orderId] of readyOrderIds.entries()) {
        if (index === readyOrderIds.length - 1) continue; // one order stays ready, waiting for a booking
        // The seller books freight only where the Incoterm has the seller pay it (CFR, CIF, CPT, CIP, D rules).
        const { incotermCode } = await this.orders.getOrder(orderId);
        const sellerPaysFreight = /^[CD]/.test(incotermCode);
        const shipment = await this.shipments.create([orderId], {
          mode: 'sea', carrier: index % 2 ? 'COSCO' : 'Maersk', forwarder: 'Ningbo Ocean Link Logistics', bookingNumber: `${index % 2 ? 'COSU' : 'MAEU'}${6120450 + index * 37}`,
          containers: [{ number: `${index % 2 ? 'CSNU' : 'MSKU'}${String(7345210 + index * 11).padStart(7, '0')}`, type: '40HQ' }],
          vessel: index % 2 ? 'COSCO SHIPPING ARIES' : 'MAERSK ESSEN', voyage: `0${52 + index}W`, portOfLoading: 'Ningbo', portOfDischarge: index % 2 ? 'Rotterdam' : 'Hamburg',
          etd: day(5 + index * 3), eta: day(38 + index * 3), ...(sellerPaysFreight ? { freightCost: '2350', costCurrency: 'USD' } : {}),
        });
        count++;
        await this.orders.moveStage(orderId, 'booked');
        if (index === 0) {
          // Balance received before shipment, then the vessel sailed with the B/L issued.
          const order = await this.orders.getOrder(orderId);
          await this.orders.recordReceipt(orderId, order.openAmount, 'demo: balance before shipment');
          await this.shipments.update(shipment.id, { version: shipment.version, etd: day(-3), atd: day(-3), transportDocumentNumber: 'MAEUNGB2611873', transportDocumentDate: day(-3) });
          await this.orders.moveStage(orderId, 'shipped');
        }
      }
    });
    return { shipments: count };
  }
}
