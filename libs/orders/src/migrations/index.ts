import { OrdersInit1795763335938 } from './1795763335938-orders-init';

export const ORDERS_MIGRATIONS = [OrdersInit1795763335938];
