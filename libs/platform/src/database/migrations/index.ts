import { PlatformInit1795756511172 } from './1795756511172-platform-init';
import { OutboxEventClockTime1795769300000 } from './1795769300000-outbox-event-clock-time';

export const PLATFORM_MIGRATIONS = [PlatformInit1795756511172, OutboxEventClockTime1795769300000];
