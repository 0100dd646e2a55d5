import { companyToday } from './company-calendar';

describe('companyToday', () => {
  it("is the date in China, which is ahead of UTC until 16:00 UTC", () => {
    expect(companyToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(companyToday(new Date('2026-03-05T15:59:59Z'))).toBe('2026-03-05');
    expect(companyToday(new Date('2026-03-05T16:00:00Z'))).toBe('2026-03-06');
  });
});
