import { DEFAULT_CRM_SETTINGS } from '../../../libs/crm/src/settings/crm-settings.entity';
import { gradeCustomer } from '../../../libs/crm/src/grading/grade.rules';
import { normaliseCompanyName } from '../../../libs/crm/src/matching';
import { asciiSlug, companyName, nameVariant } from './company-names';
import { CsvValue } from './copy-loader';
import { COUNTRIES, Country, INDUSTRIES, LANGUAGES, PRODUCTS, REGION_OF, SOURCES, TAG_GROUPS } from './crm-world';
import { PhoneNumbers } from './phone-numbers';
import { Random } from './random';
import { GenerateContext, TableGenerator } from './table-generator';
import { BENCH_ACCOUNTS } from './users.generator';

const DAY = 86_400_000;
/** Share of customers in the shared pool (no owner). */
const POOL_SHARE = 0.1;
/** Share of customers with order figures (customer_order_stats). */
const ORDER_SHARE = 0.6;
/** Share of customers that are an unmerged duplicate of an earlier one (another spelling of its name). */
const DUPLICATE_SHARE = 0.02;
/** The bench's salesperson owns this many customers (fewer at small scale), so the sales-scoped benchmarks have some. */
const BENCH_SALES_CUSTOMERS = 200;

// prettier-ignore
const CUSTOMER_COLUMNS = [
  'id', 'created_at', 'updated_at', 'version', 'name', 'normalized_name', 'aliases', 'local_name', 'country', 'city', 'address',
  'website', 'website_domain', 'industry', 'source', 'owner_id', 'team_id', 'stage', 'products_of_interest', 'price_sensitivity',
  'usual_incoterm', 'usual_currency', 'usual_payment_terms', 'company_anniversary', 'notes', 'grade', 'grade_reason', 'grade_basis', 'graded_at',
  'last_activity_at', 'owned_since', 'merged_into_id', 'created_by_id', 'tag_ids',
];
// prettier-ignore
const CONTACT_COLUMNS = [
  'id', 'created_at', 'updated_at', 'version', 'customer_id', 'name', 'title', 'emails', 'phones', 'phone_e164', 'messaging',
  'birthday', 'preferred_language', 'is_primary',
];
// prettier-ignore
const STATS_COLUMNS = [
  'customer_id', 'order_count', 'open_quotation_count', 'first_order_date', 'last_order_date', 'revenue_amount', 'revenue12m_amount',
  'orders12m', 'revenue_currency', 'receivable_open_amount', 'receivable_overdue_amount', 'updated_at',
];

const INCOTERMS = ['FOB', 'CIF', 'EXW', 'CFR', 'DDP', 'FCA'];
const CURRENCY_OF: Record<string, string> = { DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', FI: 'EUR', IE: 'EUR', PT: 'EUR', GR: 'EUR', GB: 'GBP', JP: 'JPY', AU: 'AUD' };
const PAYMENT_TERMS = ['T/T 30/70', 'T/T 30% deposit, balance against B/L copy', 'L/C at sight', 'D/P', 'Net 60', 'T/T in advance'];
const FOREIGN_FREE_MAIL = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'];

interface Owner {
  id: string;
  teamId: string | null;
}

/** What the generator decided for one customer; the tables are written from these. */
interface CustomerPlan {
  id: string;
  country: Country;
  name: string;
  localName: string | null;
  domain: string | null;
  createdAt: Date;
  lastActivityAt: Date | null;
  owner: Owner | null;
  /** Earlier owners (oldest first) and when the current (or last) ownership began. */
  previousOwners: Owner[];
  ownedSince: Date | null;
  /** When a pool customer went back to the pool. */
  pooledAt: Date | null;
  industry: string;
  source: string;
  stats: OrderStats | null;
}

interface OrderStats {
  orderCount: number;
  openQuotations: number;
  firstOrder: string;
  lastOrder: string;
  revenue: number;
  revenue12m: number;
  orders12m: number;
  receivableOpen: number;
  receivableOverdue: number;
}

/**
 * Customer companies of an exporter from about 70 countries, with their contacts, tags, owner history
 * and order figures, and grades computed by the CRM's own rules. Names carry legal forms of their
 * country; about 2% are unmerged spellings of another customer (the duplicates a real CRM holds).
 */
export const customersGenerator: TableGenerator = {
  key: 'customers',
  unit: 'customer companies, with ~3 contacts each, tags, owner history and order figures',
  async generate(count: number, context: GenerateContext): Promise<void> {
    const { db, random, now } = context;
    const sales = (
      await db.query<{ id: string; team_id: string; email: string }>(
        "SELECT id, team_id, email FROM app_user WHERE role = 'sales' AND active AND team_id IS NOT NULL ORDER BY email",
      )
    ).rows.map((r) => ({ id: r.id, teamId: r.team_id, email: r.email }));
    if (sales.length === 0) throw new Error('the customers generator needs sales users: generate users first');
    const benchSales = sales.find((s) => s.email === BENCH_ACCOUNTS.sales);
    const benchSalesShare = benchSales ? Math.min(0.05, BENCH_SALES_CUSTOMERS / count) : 0;

    const tags = await writeTags(context);
    const plans = planCustomers(count, { random, now, sales, benchSales, benchSalesShare });
    const phones = new PhoneNumbers(
      COUNTRIES.map((c) => c.code),
      random,
    );

    // The loader's COPY skips triggers, so the customers' tag_ids (which triggers mirror from
    // customer_tag in the product) are written with the customers, from the same choice of tags.
    const tagsOf = chooseTags(plans, random, tags);
    await context.copy.load('customer', CUSTOMER_COLUMNS, customerRows(plans, tagsOf, random, now));
    const contacts = await context.copy.load('contact', CONTACT_COLUMNS, contactRows(plans, random, phones));
    const customerTags = await context.copy.load('customer_tag', ['customer_id', 'tag_id'], customerTagRows(tagsOf));
    const ownerChanges = await context.copy.load(
      'customer_owner_change',
      ['id', 'customer_id', 'from_user_id', 'to_user_id', 'reason', 'by_user_id', 'at'],
      ownerChangeRows(plans, random),
    );
    const stats = await context.copy.load('customer_order_stats', STATS_COLUMNS, statsRows(plans, now));
    context.log(
      `${plans.length} customers (${plans.filter((p) => !p.owner).length} in the pool), ${contacts} contacts, ${tags.size} tags on ${customerTags} customer_tag rows, ${ownerChanges} owner changes, ${stats} with order figures`,
    );
  },
};

async function writeTags(context: GenerateContext): Promise<Map<string, string>> {
  const { random, now } = context;
  const groups = TAG_GROUPS.map((g) => ({ ...g, id: random.uuid() }));
  await context.copy.load(
    'tag_group',
    ['id', 'created_at', 'updated_at', 'name', 'kind'],
    groups.map((g) => [g.id, now, now, g.name, g.kind]),
  );
  const ids = new Map<string, string>();
  const rows: CsvValue[][] = [];
  for (const group of groups) {
    for (const tag of group.tags) {
      const id = random.uuid();
      ids.set(`${group.name}:${tag}`, id);
      rows.push([id, now, now, group.id, tag, `#${random.int(0, 0xffffff).toString(16).padStart(6, '0')}`]);
    }
  }
  await context.copy.load('tag', ['id', 'created_at', 'updated_at', 'group_id', 'name', 'color'], rows);
  return ids;
}

function planCustomers(
  count: number,
  { random, now, sales, benchSales, benchSalesShare }: { random: Random; now: Date; sales: Owner[]; benchSales: Owner | undefined; benchSalesShare: number },
): CustomerPlan[] {
  const countryChoices = COUNTRIES.map((c) => [c, c.weight] as const);
  const usedNames = new Set<string>();
  const usedDomains = new Set<string>();
  const plans: CustomerPlan[] = [];
  const since = now.getTime() - 3 * 365 * DAY;
  const pickOwner = (): Owner => (benchSales && random.chance(benchSalesShare) ? benchSales : random.pick(sales));
  for (let i = 0; i < count; i++) {
    const duplicateOf = i > 100 && random.chance(DUPLICATE_SHARE) ? plans[random.int(0, plans.length - 1)] : undefined;
    const country = duplicateOf?.country ?? random.weighted(countryChoices);
    let name: string;
    let localName: string | null = null;
    let domain: string | null;
    if (duplicateOf) {
      name = nameVariant(duplicateOf.name, random);
      // Half of the duplicates were entered with the same website, the others without one.
      domain = random.chance(0.5) ? duplicateOf.domain : null;
    } else {
      let generated = companyName(country, random);
      // Distinct companies get distinct names; a clash (rare) draws again.
      for (let tries = 0; usedNames.has(normaliseCompanyName(generated.name) ?? '') && tries < 20; tries++) generated = companyName(country, random);
      name = generated.name;
      localName = generated.localName;
      usedNames.add(normaliseCompanyName(name) ?? '');
      domain = random.chance(0.75) ? uniqueDomain(generated.brand, country, random, usedDomains) : null;
    }
    const createdAt = new Date(since + Math.floor(random.next() * (now.getTime() - 7 * DAY - since)));
    const inPool = random.chance(POOL_SHARE);
    // Recent contact is common, long silences rarer (exponential, mean 60 days); pooled ones were idle 30+ days.
    const quietDays = inPool ? 30 + exponential(random, 120) : exponential(random, 60);
    const lastActivity = random.chance(0.93) ? new Date(Math.max(createdAt.getTime() + DAY, now.getTime() - quietDays * DAY)) : null;
    const lastActivityAt = lastActivity && lastActivity.getTime() < now.getTime() ? lastActivity : null;
    const everOwned = !inPool || random.chance(0.9);
    const owner = inPool ? null : pickOwner();
    const previousOwners: Owner[] = [];
    if (inPool && everOwned) previousOwners.push(random.pick(sales));
    if (!inPool && random.chance(0.25)) previousOwners.push(random.pick(sales));
    if (!inPool && previousOwners.length && random.chance(0.2)) previousOwners.push(random.pick(sales));
    const ownedSince = owner ? (previousOwners.length ? random.date(createdAt, lastActivityAt ?? now) : createdAt) : null;
    const pooledAt = inPool && everOwned ? new Date(Math.min(now.getTime() - DAY, (lastActivityAt ?? createdAt).getTime() + 30 * DAY)) : null;
    const industry = random.pick(INDUSTRIES);
    const source = random.weighted(SOURCES);
    plans.push({
      id: random.uuid(),
      country,
      name,
      localName,
      domain,
      createdAt,
      lastActivityAt,
      owner,
      previousOwners,
      ownedSince,
      pooledAt,
      industry,
      source,
      stats: random.chance(ORDER_SHARE) ? orderStats(random, createdAt, now) : null,
    });
  }
  return plans;
}

function uniqueDomain(brand: string, country: Country, random: Random, used: Set<string>): string {
  const slug = asciiSlug(brand) || 'company';
  const tld = random.chance(0.35) ? 'com' : country.tld;
  for (const candidate of [`${slug}.${tld}`, `${slug}-${random.pick(['group', 'trade', 'tools', 'home', 'intl'])}.${tld}`]) {
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  for (;;) {
    const candidate = `${slug}${random.int(2, 999)}.${tld}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function orderStats(random: Random, createdAt: Date, now: Date): OrderStats {
  const orderCount = Math.max(1, Math.round(Math.exp(random.next() * 4)));
  const first = random.date(createdAt, now).getTime();
  // Most buyers are still ordering; some stopped a year or two ago.
  const stopped = random.chance(0.25);
  const lastMax = stopped ? Math.max(first, now.getTime() - 365 * DAY) : now.getTime();
  const last = orderCount === 1 ? first : first + Math.floor(random.next() * (lastMax - first));
  const averageOrder = random.int(3_000, 60_000);
  const inLastYear = last >= now.getTime() - 365 * DAY;
  const span = Math.max(1, last - first);
  const orders12m = inLastYear ? Math.max(1, Math.round((orderCount * Math.min(span, 365 * DAY)) / span)) : 0;
  const revenue = orderCount * averageOrder * (0.8 + random.next() * 0.4);
  const revenue12m = orders12m * averageOrder * (0.8 + random.next() * 0.4);
  const receivableOpen = inLastYear && random.chance(0.4) ? averageOrder * (0.3 + random.next() * 0.7) : 0;
  return {
    orderCount,
    openQuotations: random.weighted([
      [0, 60],
      [1, 25],
      [2, 10],
      [3, 5],
    ]),
    firstOrder: isoDay(first),
    lastOrder: isoDay(last),
    revenue: round2(revenue),
    revenue12m: round2(revenue12m),
    orders12m: Math.min(orders12m, orderCount),
    receivableOpen: round2(receivableOpen),
    receivableOverdue: round2(random.chance(0.2) ? receivableOpen * 0.5 : 0),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function stageOf(plan: CustomerPlan, random: Random): string {
  if (plan.stats) return random.weighted([['customer', 85], ['dormant', 10], ['lost', 5]] as const);
  return random.weighted([['lead', 50], ['prospect', 40], ['lost', 10]] as const);
}

function* customerRows(plans: CustomerPlan[], tagsOf: Map<string, Set<string>>, random: Random, now: Date): Generator<CsvValue[]> {
  for (const plan of plans) {
    const stage = stageOf(plan, random);
    const graded = gradeCustomer(
      {
        stage,
        createdAt: plan.createdAt,
        lastActivityAt: plan.lastActivityAt,
        orderCount: plan.stats?.orderCount ?? 0,
        orders12m: plan.stats?.orders12m ?? 0,
        revenue12m: String(plan.stats?.revenue12m ?? 0),
        firstOrderDate: plan.stats?.firstOrder ?? null,
        lastOrderDate: plan.stats?.lastOrder ?? null,
      },
      DEFAULT_CRM_SETTINGS.grading,
      'USD',
      now,
    );
    const website = plan.domain ? random.weighted([[plan.domain, 40], [`www.${plan.domain}`, 35], [`https://www.${plan.domain}`, 25]] as const) : null;
    const updatedAt = random.date(plan.createdAt, now);
    const notes = random.chance(0.1) ? random.pick(['Met at Canton Fair, booth 12.1', 'Key account of the Düsseldorf agent', 'Asks for samples before every order', 'Prefers WhatsApp over e-mail']) : null;
    const products = PRODUCTS.filter(() => random.chance(0.15)).join(',');
    // prettier-ignore
    yield [
      plan.id, plan.createdAt, updatedAt, random.int(1, 6), plan.name, normaliseCompanyName(plan.name) ?? plan.name.toLowerCase(), '{}',
      plan.localName, plan.country.code, random.pick(plan.country.cities), random.chance(0.4) ? `${random.int(1, 300)} ${random.pick(['Industrial Road', 'Harbour Street', 'Commerce Avenue', 'Business Park'])}` : null,
      website, plan.domain, plan.industry, plan.source, plan.owner?.id ?? null, plan.owner?.teamId ?? null, stage, `{${products}}`,
      random.chance(0.6) ? random.pick(['price', 'balanced', 'quality']) : null,
      random.chance(0.7) ? random.pick(INCOTERMS) : null, CURRENCY_OF[plan.country.code] ?? 'USD',
      random.chance(0.6) ? random.pick(PAYMENT_TERMS) : null, random.chance(0.05) ? isoDay(random.date(new Date('1990-01-01'), new Date('2020-01-01')).getTime()) : null,
      notes, graded.grade, graded.reason, JSON.stringify(graded.basis), now, plan.lastActivityAt, plan.ownedSince, null, plan.owner?.id ?? plan.previousOwners[0]?.id ?? null,
      `{${[...tagsOf.get(plan.id)!].sort().join(',')}}`,
    ];
  }
}

function* contactRows(plans: CustomerPlan[], random: Random, phones: PhoneNumbers): Generator<CsvValue[]> {
  const usedFreeMail = new Set<string>();
  for (const plan of plans) {
    const language = LANGUAGES[plan.country.language];
    const contacts = random.weighted([[1, 15], [2, 25], [3, 25], [4, 18], [5, 10], [6, 7]] as const);
    const usedLocal = new Set<string>();
    for (let i = 0; i < contacts; i++) {
      const given = random.pick(language.given);
      const surname = random.pick(language.surnames);
      const name = ['ja', 'ko', 'zh', 'vi'].includes(plan.country.language) && random.chance(0.5) ? `${surname} ${given}` : `${given} ${surname}`;
      const emails: string[] = [];
      const mailCount = random.weighted([[0, 8], [1, 82], [2, 10]] as const);
      for (let m = 0; m < mailCount; m++) {
        if (plan.domain && random.chance(0.8)) {
          const local = uniqueLocal(m === 0 ? random.pick(corporateLocals(given, surname, i === 0)) : random.pick(['purchasing', 'import', 'orders', 'buyer']), usedLocal, random);
          emails.push(`${local}@${plan.domain}`);
        } else {
          const provider = random.chance(0.15) ? random.pick(FOREIGN_FREE_MAIL) : random.pick(plan.country.freeMail);
          let address: string;
          do address = `${asciiSlug(given)}${random.chance(0.5) ? '.' : ''}${asciiSlug(surname)}${random.int(1, 9999)}@${provider}`;
          while (usedFreeMail.has(address));
          usedFreeMail.add(address);
          emails.push(address);
        }
      }
      const phoneCount = random.weighted([[0, 15], [1, 64], [2, 21]] as const);
      const numbers = Array.from({ length: phoneCount }, () => phones.next(plan.country.code));
      const phoneJson = numbers.map((p) => ({ e164: p.e164, raw: random.weighted([[p.international, 60], [p.national, 30], [`00${p.e164.slice(1)}`, 10]] as const) }));
      const messaging: Record<string, string> = {};
      if (numbers.length && random.chance(0.4)) messaging.whatsapp = numbers[0].e164;
      if (['zh', 'hi', 'vi'].includes(plan.country.language) && random.chance(0.3)) messaging.wechat = `${asciiSlug(given)}_${random.int(100, 9999)}`;
      const createdAt = random.date(plan.createdAt, new Date(plan.createdAt.getTime() + 30 * DAY));
      // prettier-ignore
      yield [
        random.uuid(), createdAt, createdAt, 1, plan.id, name, random.chance(0.7) ? random.pick(language.titles) : null,
        `{${emails.join(',')}}`, JSON.stringify(phoneJson), `{${numbers.map((p) => p.e164).join(',')}}`, JSON.stringify(messaging),
        random.chance(0.05) ? isoDay(random.date(new Date('1960-01-01'), new Date('2000-01-01')).getTime()) : null, language.tag, i === 0,
      ];
    }
  }
}

function corporateLocals(given: string, surname: string, first: boolean): string[] {
  const g = asciiSlug(given) || 'contact';
  const s = asciiSlug(surname) || 'office';
  const personal = [`${g}.${s}`, `${g.charAt(0)}.${s}`, `${g}`, `${g}${s.charAt(0)}`];
  return first ? [...personal, 'info', 'sales', 'purchasing'] : personal;
}

function uniqueLocal(local: string, used: Set<string>, random: Random): string {
  let candidate = local;
  while (used.has(candidate)) candidate = `${local}${random.int(2, 99)}`;
  used.add(candidate);
  return candidate;
}

/** Each customer's tag ids: a region, often an industry, sometimes a value, source and product lines. */
function chooseTags(plans: CustomerPlan[], random: Random, tags: Map<string, string>): Map<string, Set<string>> {
  const value = TAG_GROUPS.find((g) => g.name === 'Value')!.tags;
  const productLines = TAG_GROUPS.find((g) => g.name === 'Product line')!.tags;
  const sources = new Set(TAG_GROUPS.find((g) => g.name === 'Source')!.tags);
  const tagsOf = new Map<string, Set<string>>();
  for (const plan of plans) {
    const chosen = new Set<string>();
    if (random.chance(0.85)) chosen.add(tags.get(`Region:${REGION_OF[plan.country.code]}`)!);
    if (random.chance(0.6)) chosen.add(tags.get(`Industry:${plan.industry}`)!);
    if (random.chance(0.4)) chosen.add(tags.get(`Value:${random.pick(value)}`)!);
    if (sources.has(plan.source) && random.chance(0.5)) chosen.add(tags.get(`Source:${plan.source}`)!);
    const lines = random.weighted([[0, 65], [1, 25], [2, 10]] as const);
    for (let i = 0; i < lines; i++) chosen.add(tags.get(`Product line:${random.pick(productLines)}`)!);
    tagsOf.set(plan.id, chosen);
  }
  return tagsOf;
}

function* customerTagRows(tagsOf: Map<string, Set<string>>): Generator<CsvValue[]> {
  for (const [customerId, tagIds] of tagsOf) for (const tagId of tagIds) yield [customerId, tagId];
}

function* ownerChangeRows(plans: CustomerPlan[], random: Random): Generator<CsvValue[]> {
  for (const plan of plans) {
    const owners = [...plan.previousOwners, ...(plan.owner ? [plan.owner] : [])];
    if (owners.length === 0) continue;
    const firstReason = plan.source === 'import' ? 'import' : 'created';
    yield [random.uuid(), plan.id, null, owners[0].id, firstReason, owners[0].id, plan.createdAt];
    let at = plan.createdAt;
    for (let i = 1; i < owners.length; i++) {
      at = i === owners.length - 1 && plan.ownedSince ? plan.ownedSince : random.date(at, plan.ownedSince ?? plan.pooledAt ?? at);
      const reason = random.weighted([['handover', 50], ['assign', 30], ['claim', 20]] as const);
      yield [random.uuid(), plan.id, owners[i - 1].id, owners[i].id, reason, reason === 'claim' ? owners[i].id : null, at];
    }
    if (!plan.owner && plan.pooledAt) yield [random.uuid(), plan.id, owners[owners.length - 1].id, null, 'pool_return', null, plan.pooledAt];
  }
}

function* statsRows(plans: CustomerPlan[], now: Date): Generator<CsvValue[]> {
  for (const plan of plans) {
    const s = plan.stats;
    if (!s) continue;
    // prettier-ignore
    yield [plan.id, s.orderCount, s.openQuotations, s.firstOrder, s.lastOrder, s.revenue.toFixed(2), s.revenue12m.toFixed(2), s.orders12m, 'USD', s.receivableOpen.toFixed(2), s.receivableOverdue.toFixed(2), now];
  }
}
