import { CrmInit1795762190947 } from './1795762190947-crm-init';
import { CrmListAndTimelineIndexes1795767169967 } from './1795767169967-crm-list-and-timeline-indexes';
import { CustomerTagIds1795768500000 } from './1795768500000-customer-tag-ids';
import { CustomerNameOrder1795769000000 } from './1795769000000-customer-name-order';
import { CustomerGradeBasis1795769100000 } from './1795769100000-customer-grade-basis';
import { FollowUpOneOpenPolicy1795769200000 } from './1795769200000-follow-up-one-open-policy';
import { CustomerFillFactor1795769300000 } from './1795769300000-customer-fill-factor';
import { CustomerLookalikeIndexes1795769400000 } from './1795769400000-customer-lookalike-indexes';
import { CustomerDuplicatePairs1795769500000 } from './1795769500000-customer-duplicate-pairs';
import { KeyDateReminders1795769600000 } from './1795769600000-key-date-reminders';

export const CRM_MIGRATIONS = [CrmInit1795762190947, CrmListAndTimelineIndexes1795767169967, CustomerTagIds1795768500000, CustomerNameOrder1795769000000, CustomerGradeBasis1795769100000, FollowUpOneOpenPolicy1795769200000, CustomerFillFactor1795769300000, CustomerLookalikeIndexes1795769400000, CustomerDuplicatePairs1795769500000, KeyDateReminders1795769600000];
