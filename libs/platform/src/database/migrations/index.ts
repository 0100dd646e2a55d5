import { PlatformInit1795756511172 } from './1795756511172-platform-init';
import { EventAndAuditClockTime1795769300000 } from './1795769300000-event-and-audit-clock-time';

export const PLATFORM_MIGRATIONS = [PlatformInit1795756511172, EventAndAuditClockTime1795769300000];
