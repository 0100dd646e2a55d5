import { hashPassword, Role } from '@tradewind/platform';
import { GIVEN_NAMES, SALES_REGIONS, SURNAMES } from './names';
import { CsvValue } from './copy-loader';
import { GenerateContext, TableGenerator } from './table-generator';

/** Every generated user signs in with this password. */
export const BENCH_PASSWORD = 'bench-correct-horse';

/** Accounts the benchmarks sign in as; always generated first. */
export const BENCH_ACCOUNTS = {
  admin: 'bench.admin@tradewind.test',
  manager: 'bench.manager@tradewind.test',
  sales: 'bench.sales@tradewind.test',
} as const satisfies Partial<Record<Role, string>>;

const USERS_PER_TEAM = 15;
const MAIL_DOMAIN = 'tradewind.test';
const OTHER_TIME_ZONES = ['Asia/Hong_Kong', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Dubai'];
const OTHER_ROLES: readonly (readonly [Role, number])[] = [
  ['sales', 60],
  ['merchandiser', 15],
  ['logistics', 8],
  ['finance', 5],
  ['admin', 1],
];

const TEAM_COLUMNS = ['id', 'created_at', 'updated_at', 'name'];
// prettier-ignore
const USER_COLUMNS = [
  'id', 'created_at', 'updated_at', 'version', 'email', 'display_name', 'password_hash', 'role', 'team_id',
  'active', 'time_zone', 'language', 'last_login_at',
];

/** Staff: one sales team per ~15 users (each with its manager), salespeople, merchandisers, logistics, finance. */
export const usersGenerator: TableGenerator = {
  key: 'users',
  unit: 'staff accounts, in sales teams of about 15',
  async generate(count: number, context: GenerateContext): Promise<void> {
    const fixed = Object.entries(BENCH_ACCOUNTS) as [Role, string][];
    if (count < fixed.length) throw new Error(`--users must be at least ${fixed.length} (the benchmark accounts)`);
    const { random, now } = context;
    const since = new Date(now.getTime() - 4 * 365 * 86_400_000);
    // argon2 is slow on purpose; one hash serves every row since all share the password.
    const passwordHash = await hashPassword(BENCH_PASSWORD);

    const teamIds = Array.from({ length: Math.max(1, Math.ceil(count / USERS_PER_TEAM)) }, () => random.uuid());
    const teams = teamIds.map((id, i): CsvValue[] => {
      const region = SALES_REGIONS[i % SALES_REGIONS.length];
      const round = Math.floor(i / SALES_REGIONS.length);
      const createdAt = random.date(since, now);
      return [id, createdAt, createdAt, round === 0 ? region : `${region} ${round + 1}`];
    });
    await context.copy.load('team', TEAM_COLUMNS, teams);

    const localParts = new Map<string, number>();
    function* users(): Generator<CsvValue[]> {
      for (let i = 0; i < count; i++) {
        const [surname, surnamePinyin] = random.pick(SURNAMES);
        const [given, givenPinyin] = random.pick(GIVEN_NAMES);
        // Fixed accounts first, then one manager per team, then everyone else by weight.
        const role: Role = i < fixed.length ? fixed[i][0] : i < fixed.length + teamIds.length ? 'manager' : random.weighted(OTHER_ROLES);
        const teamId =
          i >= fixed.length && i < fixed.length + teamIds.length
            ? teamIds[i - fixed.length]
            : role === 'sales' || role === 'manager' || (role === 'merchandiser' && random.chance(0.5))
              ? random.pick(teamIds)
              : null;
        const english = random.chance(0.25);
        const base = `${givenPinyin}.${surnamePinyin}`;
        const seen = (localParts.get(base) ?? 0) + 1;
        localParts.set(base, seen);
        const email = i < fixed.length ? fixed[i][1] : `${base}${seen > 1 ? seen : ''}@${MAIL_DOMAIN}`;
        const createdAt = random.date(since, now);
        const updatedAt = random.date(createdAt, now);
        const active = i < fixed.length || random.chance(0.95);
        const lastLogin = active && random.chance(0.8) ? random.date(new Date(now.getTime() - 30 * 86_400_000), now) : null;
        // prettier-ignore
        yield [
          random.uuid(), createdAt, updatedAt, random.int(1, 3), email,
          english ? `${capitalise(givenPinyin)} ${capitalise(surnamePinyin)}` : `${surname}${given}`,
          passwordHash, role, teamId, active,
          random.chance(0.9) ? 'Asia/Shanghai' : random.pick(OTHER_TIME_ZONES), english ? 'en' : 'zh-CN', lastLogin,
        ];
      }
    }
    const loaded = await context.copy.load('app_user', USER_COLUMNS, users());
    context.log(`${teams.length} teams, ${loaded} users`);
  },
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
