import { OrdersInit1795763335938 } from './1795763335938-orders-init';
import { OrdersListIndexes1795767500000 } from './1795767500000-orders-list-indexes';
import { OrdersBoardFilterIndexes1795768000000 } from './1795768000000-orders-board-filter-indexes';
import { OrdersLateDeliveryNotice1795768100000 } from './1795768100000-orders-late-delivery-notice';
import { OrdersNumberAnyCase1795768200000 } from './1795768200000-orders-number-any-case';
import { OrdersShipmentCosts1795768300000 } from './1795768300000-orders-shipment-costs';

export const ORDERS_MIGRATIONS = [OrdersInit1795763335938, OrdersListIndexes1795767500000, OrdersBoardFilterIndexes1795768000000, OrdersLateDeliveryNotice1795768100000, OrdersNumberAnyCase1795768200000, OrdersShipmentCosts1795768300000];
