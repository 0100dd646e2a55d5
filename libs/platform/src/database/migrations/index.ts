import { PlatformInit1795756511172 } from './1795756511172-platform-init';

export const PLATFORM_MIGRATIONS = [PlatformInit1795756511172];
