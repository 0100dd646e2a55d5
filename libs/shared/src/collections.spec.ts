import { groupBy } from './collections';

describe('groupBy', () => {
  it('groups items by key, keeping their order within each group', () => {
    const groups = groupBy(
      [
        { order: 'a', line: 1 },
        { order: 'b', line: 1 },
        { order: 'a', line: 2 },
      ],
      (l) => l.order,
    );
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map((l) => l.line)).toEqual([1, 2]);
    expect(groups.get('b')!.map((l) => l.line)).toEqual([1]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], (x: string) => x).size).toBe(0);
  });
});
