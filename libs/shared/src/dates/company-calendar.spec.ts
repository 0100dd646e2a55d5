import { companyTimeZone, companyToday, DEFAULT_COMPANY_TIME_ZONE, setCompanyTimeZone } from './company-calendar';

describe('the company calendar', () => {
  afterEach(() => setCompanyTimeZone(DEFAULT_COMPANY_TIME_ZONE));

  it("is by default the date in China, which is ahead of UTC until 16:00 UTC", () => {
    expect(companyTimeZone()).toBe('Asia/Shanghai');
    expect(companyToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(companyToday(new Date('2026-03-05T15:59:59Z'))).toBe('2026-03-05');
    expect(companyToday(new Date('2026-03-05T16:00:00Z'))).toBe('2026-03-06');
  });

  it("follows the zone an installation sets: the same instant is another day in São Paulo", () => {
    setCompanyTimeZone('America/Sao_Paulo');
    expect(companyTimeZone()).toBe('America/Sao_Paulo');
    expect(companyToday(new Date('2026-03-06T02:30:00Z'))).toBe('2026-03-05');
    expect(companyToday(new Date('2026-03-06T03:00:00Z'))).toBe('2026-03-06');
  });

  it('refuses a zone it does not know and keeps the one it had', () => {
    setCompanyTimeZone('Asia/Ho_Chi_Minh');
    expect(() => setCompanyTimeZone('Asia/Saigon City')).toThrow('unknown time zone "Asia/Saigon City"');
    expect(companyTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});
