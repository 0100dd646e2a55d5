import { useQuery } from '@apollo/client';
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { CustomerNameQuery } from './orders.graphql';

/**
 * A customer's name, linked to the 360 view, for records that only carry the customer's id
 * (quotations, shipments). Each customer is fetched once; the cache serves every later row.
 */
export function CustomerName({ id, link = true }: { id: string; link?: boolean }) {
  const { data, error } = useQuery(CustomerNameQuery, { variables: { id }, fetchPolicy: 'cache-first' });
  const name = data?.customer.name;
  if (!name) return <Typography.Text type="secondary">{error ? '—' : '…'}</Typography.Text>;
  return link ? <Link to={`/customers/${data.customer.id}`}>{name}</Link> : <>{name}</>;
}
