import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, RunsJob } from '@tradewind/platform';
import { FollowUpService } from '../follow-up/follow-up.service';
import { GradingService } from '../grading/grading.service';
import { ImportJobService } from '../import-job/import-job.service';
import { KeyDatesService } from '../key-dates/key-dates.service';
import { DuplicatesService } from '../merge/duplicates.service';
import { PoolService } from '../pool/pool.service';

/** Nightly and on order or receipt changes: grades and the follow-ups their policies ask for. */
@Injectable()
@JobHandler('crm.recomputeGrades')
export class RecomputeGradesJob implements RunsJob<'crm.recomputeGrades'> {
  private readonly logger = new Logger(RecomputeGradesJob.name);

  constructor(private readonly grading: GradingService) {}

  async run(payload: { customerIds?: string[] }): Promise<void> {
    const result = await this.grading.recompute(payload.customerIds);
    if (!payload.customerIds) this.logger.log(`graded ${result.graded} customers, ${result.changed} changed, ${result.followUpsCreated} follow-ups created`);
  }
}

/** Nightly: warn owners of idle customers, then return the ones idle too long to the pool. */
@Injectable()
@JobHandler('crm.returnIdleCustomers')
export class ReturnIdleCustomersJob implements RunsJob<'crm.returnIdleCustomers'> {
  constructor(private readonly pool: PoolService) {}

  async run(): Promise<void> {
    await this.pool.returnIdleCustomers();
  }
}

/** Every few minutes: reminders for follow-ups coming due. */
@Injectable()
@JobHandler('crm.sendFollowUpReminders')
export class SendFollowUpRemindersJob implements RunsJob<'crm.sendFollowUpReminders'> {
  constructor(private readonly followUps: FollowUpService) {}

  async run(): Promise<void> {
    await this.followUps.sendDueReminders();
  }
}

/** An import uploaded in the SPA, run off the request with progress. */
@Injectable()
@JobHandler('crm.runImport')
export class RunImportJob implements RunsJob<'crm.runImport'> {
  constructor(private readonly imports: ImportJobService) {}

  async run(payload: { importId: string }): Promise<void> {
    await this.imports.execute(payload.importId);
  }
}

/** When the duplicates list is read after customers changed: the pairs over every customer, stored for it. */
@Injectable()
@JobHandler('crm.refreshDuplicates')
export class RefreshDuplicatesJob implements RunsJob<'crm.refreshDuplicates'> {
  private readonly logger = new Logger(RefreshDuplicatesJob.name);

  constructor(private readonly duplicates: DuplicatesService) {}

  async run(): Promise<void> {
    this.logger.log(`${await this.duplicates.refresh()} possible duplicate pairs stored`);
  }
}

/** Daily: owners hear of their customers' birthdays and company anniversaries a few days ahead. */
@Injectable()
@JobHandler('crm.remindKeyDates')
export class RemindKeyDatesJob implements RunsJob<'crm.remindKeyDates'> {
  private readonly logger = new Logger(RemindKeyDatesJob.name);

  constructor(private readonly keyDates: KeyDatesService) {}

  async run(): Promise<void> {
    this.logger.log(`${await this.keyDates.remindOwners()} key date reminders sent`);
  }
}
