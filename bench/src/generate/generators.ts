import { activitiesGenerator } from './activities.generator';
import { customersGenerator } from './customers.generator';
import { ordersGenerator } from './orders.generator';
import { TableGenerator } from './table-generator';
import { usersGenerator } from './users.generator';

/**
 * Every table generator, in the order they run: a generator may read what the ones before it wrote
 * (customers pick their owners among the users, activities their authors among the owners, orders
 * their customers).
 */
export const GENERATORS: readonly TableGenerator[] = [usersGenerator, customersGenerator, activitiesGenerator, ordersGenerator];
