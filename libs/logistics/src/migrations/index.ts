import { LogisticsInit1795763953036 } from './1795763953036-logistics-init';

export const LOGISTICS_MIGRATIONS = [LogisticsInit1795763953036];
