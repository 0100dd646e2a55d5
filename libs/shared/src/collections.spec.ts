import { forEachConcurrently, groupBy } from './collections';

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

describe('forEachConcurrently', () => {
  /** Resolves on the next macrotask, so calls that could overlap do. */
  const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

  it('runs every item, never more than the concurrency at once, starting them in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await forEachConcurrently([10, 11, 12, 13, 14], 2, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual([10, 11, 12, 13, 14]);
    expect(most).toBe(2);
  });

  it('starts nothing after a failure, lets the running call finish, then throws the first error', async () => {
    const finished: number[] = [];
    const run = forEachConcurrently([0, 1, 2, 3], 2, async (item) => {
      await tick();
      if (item === 0) throw new Error('batch 0 failed');
      await tick();
      finished.push(item);
    });
    await expect(run).rejects.toThrow('batch 0 failed');
    expect(finished).toEqual([1]);
  });

  it('does nothing for no items', async () => {
    const calls: number[] = [];
    await forEachConcurrently([], 3, async (item: number) => void calls.push(item));
    expect(calls).toEqual([]);
  });
});
