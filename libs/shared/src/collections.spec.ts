import { forEachConcurrently, groupBy, TaskQueue } from './collections';

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

describe('TaskQueue', () => {
  const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

  it('runs items added while others run, in order, never more than the concurrency at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const queue = new TaskQueue<number>(2, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    queue.add(1);
    queue.add(2);
    queue.add(3);
    await tick();
    queue.add(4);
    await queue.whenIdle();
    queue.add(5);
    await queue.whenIdle();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('drops the waiting items after a failure, reports it, and throws it once the running task is done', async () => {
    const finished: number[] = [];
    const queue = new TaskQueue<number>(2, async (item) => {
      await tick();
      if (item === 1) throw new Error('batch 1 failed');
      await tick();
      finished.push(item);
    });
    [1, 2, 3, 4].forEach((item) => queue.add(item));
    await tick();
    await tick();
    expect(queue.failed).toBe(true);
    queue.add(5);
    await expect(queue.whenIdle()).rejects.toThrow('batch 1 failed');
    expect(finished).toEqual([2]);
  });

  it('is idle at once when nothing was added', async () => {
    await expect(new TaskQueue<number>(1, async () => undefined).whenIdle()).resolves.toBeUndefined();
  });
});
