import { CrmInit1795762190947 } from './1795762190947-crm-init';

export const CRM_MIGRATIONS = [CrmInit1795762190947];
