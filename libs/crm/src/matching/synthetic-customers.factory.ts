import type { ExistingCustomerKeys, MatchKeys, MatchRule } from './matching.types';

// Deterministic, so the matcher test and benchmark see the same data on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = [...'bcdfghjklmnprstvwxyz'];
const VOWELS = [...'aeiou'];
// Real customer names mix a distinctive word with words many names share.
const COMMON_FIRST = ['al', 'global', 'shenzhen', 'pt', 'new', 'golden', 'euro', 'asia', 'star'];
const COMMON_LAST = [
  'trading',
  'industries',
  'import export',
  'international',
  'group',
  'tools',
  'machinery',
  'electric',
  'textiles',
  'foods',
  'supply',
  'solutions',
  'logistics',
  'general trading',
  'technology',
];
const COUNTRIES = [
  'DE',
  'US',
  'GB',
  'FR',
  'IT',
  'ES',
  'NL',
  'PL',
  'TR',
  'AE',
  'SA',
  'IN',
  'ID',
  'MY',
  'VN',
  'TH',
  'BR',
  'MX',
  'CL',
  'ZA',
  'NG',
  'EG',
  'KE',
  'AU',
  'CA',
  'RU',
  'KZ',
  'JP',
  'KR',
  'PK',
];
const FREE_MAIL = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'qq.com'];

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)];
}

function word(next: () => number): string {
  const letters = 4 + Math.floor(next() * 5);
  let result = '';
  for (let i = 0; i < letters; i++) result += pick(next, i % 2 === 0 ? CONSONANTS : VOWELS);
  return result;
}

// Joined rather than concatenated: strings read from the database are flat, while concatenations are
// ropes that every hash lookup would first have to flatten.
function flat(...parts: string[]): string {
  return parts.join('');
}

function customer(next: () => number, serial: number, id: string): ExistingCustomerKeys {
  const base = flat(word(next), serial.toString(36));
  const first = next() < 0.2 ? `${pick(next, COMMON_FIRST)} ` : '';
  const middle = next() < 0.3 ? ` ${word(next)}` : '';
  const name = flat(first, base, middle, ' ', pick(next, COMMON_LAST));
  const domain = flat(base, '.com');
  const roll = next();
  const emails = roll < 0.6 ? [flat('sales@', domain)] : roll < 0.8 ? [flat(base, '@', pick(next, FREE_MAIL))] : [];
  return {
    id,
    country: next() < 0.9 ? pick(next, COUNTRIES) : undefined,
    names: [name],
    emails,
    websiteDomain: next() < 0.5 ? domain : undefined,
    phones: next() < 0.7 ? [flat('+', String(10_000_000_000 + serial * 7919))] : [],
  };
}

/** `count` unrelated customers with unique names, domains and phones (already normalised keys). */
export function buildSyntheticCustomers(count: number, seed: number): ExistingCustomerKeys[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, serial) => customer(next, serial, `c${serial}`));
}

export interface PlantedDuplicate {
  /** Index into `rows`. */
  readonly rowIndex: number;
  readonly customerId: string;
  readonly rule: MatchRule;
}

/**
 * Import rows: about a quarter copy a customer's e-mail, phone or name (some with a typing slip), the
 * rest are new customers (serials after the existing ones, so they never collide with them).
 */
export function buildSyntheticRows(
  existing: readonly ExistingCustomerKeys[],
  count: number,
  seed: number,
): { rows: MatchKeys[]; planted: PlantedDuplicate[] } {
  const next = random(seed);
  const rows: MatchKeys[] = [];
  const planted: PlantedDuplicate[] = [];
  for (let index = 0; index < count; index++) {
    const source = existing.length > 0 && next() < 0.25 ? pick(next, existing) : undefined;
    if (!source) {
      rows.push(customer(next, existing.length + index, ''));
      continue;
    }
    const name = source.names[0];
    const kind = next();
    if (kind < 0.3 && source.emails.length > 0) {
      rows.push({ country: source.country, names: [], emails: source.emails, phones: [] });
      planted.push({ rowIndex: index, customerId: source.id, rule: 'email' });
    } else if (kind < 0.5 && source.phones.length > 0) {
      rows.push({ country: source.country, names: [flat(name, ' branch')], emails: [], phones: source.phones });
      planted.push({ rowIndex: index, customerId: source.id, rule: 'phone' });
    } else if (kind < 0.7) {
      rows.push({ country: source.country, names: [name], emails: [], phones: [] });
      planted.push({ rowIndex: index, customerId: source.id, rule: 'name' });
    } else {
      // Swap two neighbouring letters in the middle: one slip.
      const at = Math.floor(name.length / 2);
      const slipped = flat(name.slice(0, at), name[at + 1], name[at], name.slice(at + 2));
      rows.push({ country: source.country, names: [slipped], emails: [], phones: [] });
      if (slipped !== name) planted.push({ rowIndex: index, customerId: source.id, rule: 'fuzzy_name' });
    }
  }
  return { rows, planted };
}
