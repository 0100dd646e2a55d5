/**
 * `promise`, or a rejection with `message` after `ms`. The timer is cleared either way, so a fast answer
 * leaves nothing behind that would keep the process (or a test run) alive.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
