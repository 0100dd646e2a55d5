import { allowedSlips, FuzzyNameIndex } from './fuzzy-name.index';
import { osaDistance } from './osa-distance.util';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['trading', 'shenzhen', 'global', 'import', 'export', 'valve', 'pumps', 'textile', 'hardware', 'ningbo', 'euro', 'star', 'supply', 'group', 'mecanica', 'handel', '贸易', '深圳', 'ooo', 'snab'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123 -贸易';

/** One typing slip: a letter replaced, added, dropped, or swapped with the next one. */
function slip(name: string, next: () => number): string {
  const at = Math.floor(next() * name.length);
  const letter = LETTERS[Math.floor(next() * LETTERS.length)];
  switch (Math.floor(next() * 4)) {
    case 0:
      return name.slice(0, at) + letter + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + letter + name.slice(at);
    case 2:
      return name.length > 1 ? name.slice(0, at) + name.slice(at + 1) : name;
    default:
      return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name;
  }
}

/** Company-like names from shared words (so segments are common, as in real lists), half of them slipped variants of earlier ones. */
function names(count: number, seed: number): string[] {
  const next = random(seed);
  const result: string[] = [];
  while (result.length < count) {
    if (result.length > 0 && next() < 0.5) {
      let variant = result[Math.floor(next() * result.length)];
      const slips = 1 + Math.floor(next() * 3);
      for (let i = 0; i < slips; i++) variant = slip(variant, next);
      result.push(variant);
    } else {
      const words = 2 + Math.floor(next() * 3);
      result.push(Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' '));
    }
  }
  return result;
}

describe('FuzzyNameIndex', () => {
  it.each([1, 2, 3])('finds exactly the names a comparison of every pair finds (seed %i)', (seed) => {
    const all = names(1200, seed);
    const indexed = all.slice(0, 800);
    const probes = all.slice(800);
    const index = new FuzzyNameIndex(indexed.length);
    indexed.forEach((name, owner) => index.add(name, owner));

    let pairs = 0;
    for (const probe of probes) {
      const found: string[] = [];
      index.search(probe, () => false, (owner, name, distance) => {
        expect(name).toBe(indexed[owner]);
        expect(distance).toBe(osaDistance(name, probe));
        found.push(`${owner}`);
      });
      const expected = indexed
        .map((name, owner) => ({ name, owner }))
        .filter(({ name }) => {
          const slips = Math.min(allowedSlips(name.length), allowedSlips(probe.length));
          return slips > 0 && osaDistance(name, probe, slips) <= slips;
        })
        .map(({ owner }) => `${owner}`);
      expect({ probe, found: found.sort() }).toEqual({ probe, found: expected.sort() });
      pairs += expected.length;
    }
    // The data must hold near-identical pairs for the comparison to mean something.
    expect(pairs).toBeGreaterThan(100);
  });

  it('skips the owners the caller has already decided', () => {
    const index = new FuzzyNameIndex();
    index.add('shenzhen global trading', 1);
    index.add('shenzhen global tradinq', 2);
    const seen: number[] = [];
    index.search('shenzhen global trading', (owner) => owner === 1, (owner) => seen.push(owner));
    expect(seen).toEqual([2]);
  });
});
