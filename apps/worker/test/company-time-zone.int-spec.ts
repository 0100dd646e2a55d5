import { INestApplicationContext } from '@nestjs/common';
import { SCHEDULES } from '@tradewind/composition';
import { AppConfig, QueueRegistry, queueOf, runAsSystem, UsersService } from '@tradewind/platform';
import { clearQueues, startTestWorker, testConfig } from '../../../test/harness/test-app';

describe('an installation in another time zone (COMPANY_TIME_ZONE)', () => {
  let config: AppConfig;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    // An installation outside China: its nightly jobs run at night there, not at night in Shanghai.
    config = await testConfig({ COMPANY_TIME_ZONE: 'America/Sao_Paulo' });
    worker = await startTestWorker(config);
  });

  afterAll(async () => {
    await worker?.close();
    if (config) await clearQueues(config);
  });

  it("registers each recurring job once, in the company's time zone", async () => {
    const queues = worker.get(QueueRegistry);
    const registered: { id: string; pattern?: string | null; tz?: string | null }[] = [];
    for (const name of new Set(SCHEDULES.map((schedule) => queueOf(schedule.job)))) {
      for (const scheduler of await queues.get(name).getJobSchedulers()) registered.push({ id: scheduler.key, pattern: scheduler.pattern, tz: scheduler.tz });
    }
    expect(registered.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      SCHEDULES.map((schedule) => ({ id: schedule.id, pattern: schedule.cron, tz: 'America/Sao_Paulo' })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("gives new users the company's time zone unless one is chosen", async () => {
    const users = worker.get(UsersService);
    const create = (email: string, timeZone?: string) =>
      runAsSystem('test', () => users.create({ email, password: 'correct-horse', role: 'sales', teamId: null, timeZone }));
    expect((await create('paulista@example.test')).timeZone).toBe('America/Sao_Paulo');
    expect((await create('berliner@example.test', 'Europe/Berlin')).timeZone).toBe('Europe/Berlin');
  });
});
