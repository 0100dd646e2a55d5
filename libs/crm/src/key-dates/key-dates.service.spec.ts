import { monthDaysInWindow } from './key-dates.service';

describe('monthDaysInWindow', () => {
  it('lists the month-days from today to the last day of the window, across the new year', () => {
    expect(monthDaysInWindow('2026-12-29', 4)).toEqual([1229, 1230, 1231, 101, 102]);
    expect(monthDaysInWindow('2026-12-06', 0)).toEqual([1206]);
  });

  it('adds 29 February where the window holds the 28th of a year without a 29th, since such a date comes round then', () => {
    expect(monthDaysInWindow('2027-02-27', 2)).toEqual([227, 228, 229, 301]);
    // In a leap year the 29th is a day of its own.
    expect(monthDaysInWindow('2028-02-27', 2)).toEqual([227, 228, 229]);
  });

  it('leaves out the test when the window covers the whole year', () => {
    expect(monthDaysInWindow('2026-12-06', 365)).toBeNull();
    // 365 days, and 29 February beside the 28th of 2027.
    expect(monthDaysInWindow('2026-12-06', 364)).toHaveLength(366);
  });
});
