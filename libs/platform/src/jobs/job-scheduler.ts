import { Injectable } from '@nestjs/common';
import { companyTimeZone } from '@tradewind/shared';
import { JobMap, JobName, queueOf } from './job-map';
import { QueueRegistry } from './queue-registry';

export interface ScheduleDefinition<N extends JobName = JobName> {
  /** Stable id: upserting the same id from several workers keeps one schedule. */
  id: string;
  job: N;
  /** Cron pattern, evaluated in `timeZone`, by default the company's (COMPANY_TIME_ZONE). */
  cron: string;
  timeZone?: string;
  payload: JobMap[N];
}

/** Registers the recurring jobs as BullMQ job schedulers (idempotent across workers). */
@Injectable()
export class JobScheduler {
  constructor(private readonly queues: QueueRegistry) {}

  async sync(schedules: readonly ScheduleDefinition[]): Promise<void> {
    for (const schedule of schedules) {
      await this.queues
        .get(queueOf(schedule.job))
        .upsertJobScheduler(schedule.id, { pattern: schedule.cron, tz: schedule.timeZone ?? companyTimeZone() }, { name: schedule.job, data: schedule.payload });
    }
  }
}
