import { Injectable } from '@nestjs/common';
import { Job, JobsOptions } from 'bullmq';
import { JobMap, JobName, queueOf } from './job-map';
import { QueueRegistry } from './queue-registry';
import { NotFoundError } from '../errors';

export interface FailedJobView {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
  data: unknown;
}

/** Enqueues typed jobs and lets admins see and retry the ones that kept failing. */
@Injectable()
export class JobQueue {
  constructor(private readonly queues: QueueRegistry) {}

  async enqueue<N extends JobName>(name: N, payload: JobMap[N], options?: JobsOptions): Promise<string> {
    const job = await this.queues.get(queueOf(name)).add(name, payload, options);
    return job.id ?? '';
  }

  /** Failed jobs of every queue of this installation, across modules. */
  async failedJobs(offset: number, limit: number): Promise<{ total: number; items: FailedJobView[] }> {
    const queueNames = await this.queues.existingQueueNames();
    const counts = await Promise.all(queueNames.map((q) => this.queues.get(q).getFailedCount()));
    const total = counts.reduce((a, b) => a + b, 0);
    const items: FailedJobView[] = [];
    let skip = offset;
    for (const [index, queueName] of queueNames.entries()) {
      if (items.length >= limit) break;
      if (skip >= counts[index]) {
        skip -= counts[index];
        continue;
      }
      const jobs = await this.queues.get(queueName).getFailed(skip, skip + (limit - items.length) - 1);
      skip = 0;
      items.push(...jobs.map((job) => toView(queueName, job)));
    }
    return { total, items };
  }

  async retry(queueName: string, jobId: string): Promise<void> {
    if (!(await this.queues.existingQueueNames()).includes(queueName)) throw new NotFoundError('queue', queueName);
    const job = await this.queues.get(queueName).getJob(jobId);
    if (!job || !(await job.isFailed())) throw new NotFoundError('failed job', `${queueName}/${jobId}`);
    await job.retry('failed');
  }
}

function toView(queue: string, job: Job): FailedJobView {
  return {
    queue,
    id: job.id ?? '',
    name: job.name,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    data: job.data,
  };
}
