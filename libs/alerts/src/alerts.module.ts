import { Module } from '@nestjs/common';
import { CrmModule } from '@tradewind/crm';
import { NotifyFollowUpDue, NotifyImportFinished, NotifyKeyDate, NotifyMergedCustomerOwner, NotifyNewOwner, NotifyPoolReturn } from './handlers/crm-notifications.handlers';
import { NotifyLateDelivery, NotifyMentions, NotifyProductionDelay } from './handlers/orders-notifications.handlers';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationService } from './notification/notification.service';

export const ALERTS_RESOLVERS = [NotificationResolver];

/** In-app notifications, fed by the events of the other modules. */
@Module({
  imports: [CrmModule],
  providers: [NotificationService, NotifyFollowUpDue, NotifyPoolReturn, NotifyNewOwner, NotifyImportFinished, NotifyKeyDate, NotifyMergedCustomerOwner, NotifyProductionDelay, NotifyLateDelivery, NotifyMentions, ...ALERTS_RESOLVERS],
  exports: [NotificationService],
})
export class AlertsModule {}
