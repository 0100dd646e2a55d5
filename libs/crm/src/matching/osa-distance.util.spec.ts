import { osaDistance } from './osa-distance.util';

// The textbook table, to check the fast paths against.
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('osaDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('acme', 'acme')).toBe(0);
    expect(osaDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one slip', () => {
    expect(osaDistance('acme tools', 'acme tolos')).toBe(1);
    expect(osaDistance('ab', 'ba')).toBe(1);
  });

  it('does not edit a swapped pair again (restricted, unlike full Damerau)', () => {
    expect(osaDistance('ca', 'abc')).toBe(3);
  });

  it('returns max + 1 as soon as the distance exceeds max', () => {
    expect(osaDistance('kitten', 'sitting', 2)).toBe(3);
    expect(osaDistance('abcdefghij', 'abcdefghijklmnop', 2)).toBe(3);
    expect(osaDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('agrees with the textbook table on random strings, short and longer than 32', () => {
    let seed = 42;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const word = (length: number): string => Array.from({ length }, () => 'abcd'[Math.floor(next() * 4)]).join('');
    for (let round = 0; round < 2000; round++) {
      const a = word(Math.floor(next() * 45));
      const b = next() < 0.5 ? word(Math.floor(next() * 45)) : `${a.slice(0, 3)}${a.slice(4, 20)}x${a.slice(20)}`;
      const expected = referenceDistance(a, b);
      expect(osaDistance(a, b)).toBe(expected);
      expect(osaDistance(a, b, 2)).toBe(Math.min(expected, 3));
    }
  });
});
