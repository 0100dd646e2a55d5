/** Items by a key, in their original order within each group. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Calls `fn` for every item, at most `concurrency` at a time, in the items' order. After a failure no
 * further item starts; the calls already running are awaited, then the first error is thrown.
 */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  const queue = new TaskQueue<number>(concurrency, (index) => fn(items[index], index));
  for (let index = 0; index < items.length; index++) queue.add(index);
  await queue.whenIdle();
}

/**
 * Runs a task for each item as items are added, at most `concurrency` at a time, in the order added:
 * for work produced while earlier work runs (an import writes batches while it matches the next rows).
 * After a failure no further item starts; `whenIdle` waits for the running tasks, then throws the first
 * error.
 */
export class TaskQueue<T> {
  private readonly waiting: T[] = [];
  private running = 0;
  private failure: { error: unknown } | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly task: (item: T) => Promise<void>,
  ) {}

  /** True once a task has failed; the producer should stop and call `whenIdle`. */
  get failed(): boolean {
    return this.failure !== null;
  }

  add(item: T): void {
    if (this.failure) return;
    this.waiting.push(item);
    this.startWaiting();
  }

  /** Settles when nothing runs and nothing waits (or, after a failure, nothing runs); throws the first failure. */
  async whenIdle(): Promise<void> {
    if (!this.isIdle()) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (this.failure) throw this.failure.error;
  }

  private isIdle(): boolean {
    return this.running === 0 && (this.failure !== null || this.waiting.length === 0);
  }

  private startWaiting(): void {
    while (!this.failure && this.running < this.concurrency && this.waiting.length > 0) {
      const item = this.waiting.shift() as T;
      this.running++;
      void this.runOne(item);
    }
  }

  private async runOne(item: T): Promise<void> {
    try {
      await this.task(item);
    } catch (error) {
      this.failure ??= { error };
      this.waiting.length = 0;
    }
    this.running--;
    this.startWaiting();
    if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}
