import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with the promise and leaves no timer behind', async () => {
    await expect(withTimeout(Promise.resolve(42), 2000, 'too slow')).resolves.toBe(42);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes a rejection on and leaves no timer behind', async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 2000, 'too slow')).rejects.toThrow('refused');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects with the message once the time is up', async () => {
    const never = new Promise<number>(() => undefined);
    const outcome = withTimeout(never, 2000, 'Redis did not answer in time');
    jest.advanceTimersByTime(1999);
    let settled = false;
    void outcome.catch(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(outcome).rejects.toThrow('Redis did not answer in time');
  });
});
