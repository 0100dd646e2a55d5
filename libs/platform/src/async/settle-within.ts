/** Waits for `work` up to `ms`; then runs `fallback` (e.g. a forced close) and waits for that instead. */
export async function settleWithin(work: Promise<unknown>, ms: number, fallback: () => Promise<unknown> | unknown): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = Symbol('timeout');
  const outcome = await Promise.race([
    work.catch(() => undefined),
    new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), ms);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === timedOut) await Promise.resolve(fallback()).catch(() => undefined);
}
