import './crm.events';
import { ModuleSchema } from '@tradewind/platform';
import { Activity } from './activity/activity.entity';
import { Contact } from './contact/contact.entity';
import { CustomerOrderStats } from './customer/customer-order-stats.entity';
import { Customer } from './customer/customer.entity';
import { FollowUp } from './follow-up/follow-up.entity';
import { CustomerImport, CustomerImportRow } from './import-job/customer-import.entity';
import { CRM_MIGRATIONS } from './migrations';
import { CustomerShare, OwnerChange } from './pool/owner-change.entity';
import { CrmSettings } from './settings/crm-settings.entity';
import { CustomerTag, CustomerView, Tag, TagGroup } from './tag/tag.entity';
import { DuplicatePair, DuplicateRun } from './merge/duplicate-pair.entity';

export { CrmModule, CRM_RESOLVERS } from './crm.module';
export { CrmFacade } from './crm.facade';
export type { HandoverMove, HandoverParticipant } from './handover/handover.service';
export { CrmDemoSeeder } from './demo/crm-demo.seeder';
export { CRM_JOBS } from './crm.events';
export { CustomerObject } from './customer/customer.object';
export type { Customer } from './customer/customer.entity';
export type { Contact } from './contact/contact.entity';
export { CustomerImportService } from './import-job/customer-import.service';
export { CustomerNamesService } from './customer/customer-names.service';
export type { ImportReport, ImportRowResult } from './import-job/customer-import.service';
export { ImportFileError } from './import';

export const CRM_SCHEMA: ModuleSchema = {
  entities: [Customer, Contact, Activity, FollowUp, OwnerChange, CustomerShare, TagGroup, Tag, CustomerTag, CustomerView, CrmSettings, CustomerOrderStats, CustomerImport, CustomerImportRow, DuplicatePair, DuplicateRun],
  migrations: CRM_MIGRATIONS,
};
