import { CustomersPage } from '../list/CustomersPage';

/** The shared pool (公海): customers nobody owns, to claim. */
export function PoolPage() {
  return <CustomersPage pool />;
}
