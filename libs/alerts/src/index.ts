import { ModuleSchema } from '@tradewind/platform';
import { ALERTS_MIGRATIONS } from './migrations';
import { Notification } from './notification/notification.entity';

export { AlertsModule, ALERTS_RESOLVERS } from './alerts.module';
export { NotificationService } from './notification/notification.service';

export const ALERTS_SCHEMA: ModuleSchema = { entities: [Notification], migrations: ALERTS_MIGRATIONS };
