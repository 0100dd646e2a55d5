import { Module, OnModuleInit } from '@nestjs/common';
import { runAsSystem, UsersService } from '@tradewind/platform';
import { ActivityService } from './activity/activity.service';
import { ContactService } from './contact/contact.service';
import { CrmFacade } from './crm.facade';
import { CustomerLoaders } from './customer/customer.loaders';
import { CustomerRepository } from './customer/customer.repository';
import { CustomerResolver } from './customer/customer.resolver';
import { CustomerService } from './customer/customer.service';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import { GradingService } from './grading/grading.service';
import { HandoverResolver } from './handover/handover.resolver';
import { HandoverService } from './handover/handover.service';
import { CustomerImportService } from './import-job/customer-import.service';
import { CustomerKeysRepository } from './import-job/customer-keys.repository';
import { CustomerResolutionService } from './import-job/customer-resolution.service';
import { ImportController } from './import-job/import.controller';
import { CustomerExportController } from './customer/customer-export.controller';
import { CustomerExportService } from './customer/customer-export.service';
import { ImportJobService } from './import-job/import-job.service';
import { ImportResolver } from './import-job/import.resolver';
import { RecomputeGradesJob, RefreshDuplicatesJob, RemindKeyDatesJob, ReturnIdleCustomersJob, RunImportJob, SendFollowUpRemindersJob } from './jobs/crm.jobs';
import { KeyDatesResolver } from './key-dates/key-dates.resolver';
import { KeyDatesService } from './key-dates/key-dates.service';
import { CrmDemoSeeder } from './demo/crm-demo.seeder';
import { OnActivityLogged } from './handlers/on-activity-logged.handler';
import { OnCustomerFiguresChanged } from './handlers/on-customer-figures-changed.handler';
import { OnCustomerUpdated } from './handlers/on-customer-updated.handler';
import { OnUserDeactivated } from './handlers/on-user-deactivated.handler';
import { DuplicatesService } from './merge/duplicates.service';
import { CustomerLookalikesService } from './merge/lookalikes.service';
import { MergeResolver } from './merge/merge.resolver';
import { MergeService } from './merge/merge.service';
import { OwnershipService } from './pool/ownership.service';
import { PoolResolver } from './pool/pool.resolver';
import { PoolService } from './pool/pool.service';
import { AssignmentRuleResolver, CrmSettingsResolver } from './settings/crm-settings.resolver';
import { CrmSettingsService } from './settings/crm-settings.service';
import { TagResolver } from './tag/tag.resolver';
import { TagService } from './tag/tag.service';
import { TagGroupLookup } from './tag/tag-group.lookup';
import { CustomerNamesService } from './customer/customer-names.service';

export const CRM_RESOLVERS = [CustomerResolver, TagResolver, PoolResolver, FollowUpResolver, HandoverResolver, MergeResolver, ImportResolver, CrmSettingsResolver, AssignmentRuleResolver, KeyDatesResolver];

/** The CRM: customers and contacts, tags, the pool, follow-ups, grading, imports, merges and handovers. */
@Module({
  controllers: [ImportController, CustomerExportController],
  providers: [
    CustomerRepository, CustomerService, CustomerNamesService, CustomerLoaders, ContactService, ActivityService, OwnershipService, PoolService, TagService, TagGroupLookup,
    FollowUpService, GradingService, HandoverService, MergeService, DuplicatesService, CustomerLookalikesService, CustomerKeysRepository, CustomerImportService,
    ImportJobService, CrmSettingsService, CrmFacade, CrmDemoSeeder, CustomerResolutionService, KeyDatesService, CustomerExportService,
    RecomputeGradesJob, ReturnIdleCustomersJob, SendFollowUpRemindersJob, RunImportJob, RefreshDuplicatesJob, RemindKeyDatesJob, OnCustomerFiguresChanged, OnActivityLogged, OnCustomerUpdated, OnUserDeactivated,
    ...CRM_RESOLVERS,
  ],
  exports: [CrmFacade, CustomerImportService, CustomerNamesService, CrmDemoSeeder],
})
export class CrmModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly pool: PoolService,
  ) {}

  onModuleInit(): void {
    // A salesperson's customers must have a new owner before they leave (they are the company's, not theirs).
    this.users.registerDeactivationCheck(async (userId) => {
      const owned = await runAsSystem('crm.deactivationCheck', () => this.pool.ownedCount(userId));
      return owned > 0 ? `this user still owns ${owned} customer${owned === 1 ? '' : 's'}; hand them over first` : undefined;
    });
    // A customer's team is its owner's (it decides which manager sees it): it moves with them.
    this.users.registerTeamChangeHandler((userId, teamId) => this.pool.followOwnersTeam(userId, teamId));
  }
}
