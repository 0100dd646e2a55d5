import { INestApplicationContext } from '@nestjs/common';
import { OutboxRelay } from '../events/outbox-relay';
import { HandlerRegistry } from '../jobs/handler-registry';
import { JobRunner } from '../jobs/job-runner';
import { JobScheduler, ScheduleDefinition } from '../jobs/job-scheduler';

export interface WorkerPlan {
  declaredJobs: readonly string[];
  schedules: readonly ScheduleDefinition[];
  concurrency?: number;
}

/** Checks the job catalogue, registers schedules, then starts the consumers and the outbox relay. */
export async function startWorker(app: INestApplicationContext, plan: WorkerPlan): Promise<void> {
  app.get(HandlerRegistry).build(plan.declaredJobs);
  await app.get(JobScheduler).sync(plan.schedules);
  app.get(JobRunner).start(plan.concurrency);
  await app.get(OutboxRelay).start();
}
