import { Injectable } from '@nestjs/common';
import { TransactionHost, User, UsersService } from '@tradewind/platform';
import { CrmDemoSeeder } from '@tradewind/crm';
import { OrdersDemoSeeder } from '@tradewind/orders';
import { LogisticsDemoSeeder } from '@tradewind/logistics';
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from './demo-data';

export type SeedResult = { seeded: true; counts: Record<string, number> } | { seeded: false; reason: string };

/** Fills an empty database through the modules' own services, so demo data obeys every rule real data does. */
@Injectable()
export class DemoSeeder {
  constructor(
    readonly tx: TransactionHost,
    private readonly users: UsersService,
    private readonly crm: CrmDemoSeeder,
    private readonly orders: OrdersDemoSeeder,
    private readonly logistics: LogisticsDemoSeeder,
  ) {}

  async seed(): Promise<SeedResult> {
    const existing = await this.users.findByEmail(DEMO_USERS[0].email);
    if (existing) return { seeded: false, reason: 'demo data is already there' };
    const userCount = await this.users.count();
    if (userCount > 1) return { seeded: false, reason: `the database already holds ${userCount} users; demo data only goes into an empty one` };
    return this.tx.run(async () => {
      const teamIds = new Map<string, string>();
      for (const name of DEMO_TEAMS) teamIds.set(name, (await this.users.createTeam(name)).id);
      const salespeople: User[] = [];
      for (const u of DEMO_USERS) {
        const user = await this.users.create({ email: u.email, password: DEMO_PASSWORD, displayName: u.displayName, role: u.role, teamId: u.team ? teamIds.get(u.team) : null, language: u.language });
        if (user.role === 'sales') salespeople.push(user);
      }
      const crm = await this.crm.seed(salespeople);
      const customers: { id: string; name: string; country: string | null; stage: string; owner_id: string | null; usual_currency: string | null }[] = await this.tx.manager.query(
        'SELECT id, name, country, stage, owner_id, usual_currency FROM customer ORDER BY name',
      );
      const admin = (await this.users.findByEmail(DEMO_USERS[0].email))!;
      // The catalogue and current orders first, so the past orders' lines find their products by SKU.
      const orders = await this.orders.seed(salespeople, customers.map((c) => ({ id: c.id, ownerId: c.owner_id, usualCurrency: c.usual_currency })));
      // The past orders behind each customer's figures; the worker sums them into the CRM's view when it starts.
      const pastOrders = await this.orders.seedHistory(customers.map((c) => ({ name: c.name, country: c.country, stage: c.stage, ownerId: c.owner_id, usualCurrency: c.usual_currency })), salespeople, admin);
      const clerk = (await this.users.findByEmail('logistics1@tradewind.demo'))!;
      const logistics = await this.logistics.seed(clerk, orders.readyOrderIds);
      return { seeded: true as const, counts: { teams: DEMO_TEAMS.length, users: DEMO_USERS.length, ...crm, products: orders.products, quotations: orders.quotations, orders: orders.orders, pastOrders, ...logistics } };
    });
  }
}
