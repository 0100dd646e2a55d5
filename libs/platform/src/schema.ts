import { ModuleSchema } from './database/data-source';
import { User } from './users/user.entity';
import { Team } from './users/team.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { ApiToken } from './auth/api-token.entity';
import { OutboxEvent } from './events/outbox-event.entity';
import { ProcessedEvent } from './events/processed-event.entity';
import { AuditLog } from './audit/audit-log.entity';
import { PLATFORM_MIGRATIONS } from './database/migrations';

export const PLATFORM_SCHEMA: ModuleSchema = {
  entities: [User, Team, RefreshToken, ApiToken, OutboxEvent, ProcessedEvent, AuditLog],
  migrations: PLATFORM_MIGRATIONS,
};
