import { daysUntilNext } from './keyDates';

describe('daysUntilNext', () => {
  it('counts the days until the date comes round this year, or next year once it has passed', () => {
    expect(daysUntilNext('1980-12-06', '2026-12-06')).toBe(0);
    expect(daysUntilNext('1980-12-09', '2026-12-06')).toBe(3);
    expect(daysUntilNext('1980-12-05', '2026-12-06')).toBe(364);
    expect(daysUntilNext('1975-01-02', '2026-12-30')).toBe(3);
  });

  it('brings 29 February round on the 28th in a year without one, and on the 29th in a leap year', () => {
    expect(daysUntilNext('1992-02-29', '2027-02-27')).toBe(1);
    expect(daysUntilNext('1992-02-29', '2028-02-27')).toBe(2);
    expect(daysUntilNext('1992-02-29', '2027-03-01')).toBe(365);
  });
});
