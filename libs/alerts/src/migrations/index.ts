import { AlertsInit1795762344839 } from './1795762344839-alerts-init';

export const ALERTS_MIGRATIONS = [AlertsInit1795762344839];
