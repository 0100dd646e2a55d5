import { CalendarOutlined, FileTextOutlined, ShoppingCartOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NAVIGATION, canOpen } from '../../../app/navigation';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { DashboardWorkQuery } from './dashboard.graphql';
import { StatCard } from './StatCard';

interface WorkFigure {
  key: string;
  title: string;
  value: number | undefined;
  icon: ReactNode;
  /** Where a click leads: the page that lists what the figure counts. */
  to: string;
}

/**
 * What waits for the signed-in user today, as far as their role and data scope reach: follow-ups due
 * today or overdue, active orders and those at risk, quotations awaiting the customer's answer.
 */
export function WorkRow() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const mayOpen = (path: string): boolean => NAVIGATION.some((entry) => entry.path === path && canOpen(entry, user.role));
  const allowed = { followUps: mayOpen('/follow-ups'), orders: mayOpen('/orders/board'), quotations: mayOpen('/quotations') };
  const any = allowed.followUps || allowed.orders || allowed.quotations;
  const { data, loading, error } = useQuery(DashboardWorkQuery, { variables: { me: user.id, ...allowed }, skip: !any, fetchPolicy: 'cache-and-network' });
  if (!any) return null;
  const figures: WorkFigure[] = [
    ...(allowed.followUps ? [{ key: 'followUps', title: t('dashboard.work.dueFollowUps'), value: data?.dueFollowUps?.totalCount, icon: <CalendarOutlined />, to: '/follow-ups' }] : []),
    ...(allowed.orders
      ? [
          { key: 'activeOrders', title: t('dashboard.work.activeOrders'), value: data?.activeOrders?.totalCount, icon: <ShoppingCartOutlined />, to: '/orders/board' },
          { key: 'ordersAtRisk', title: t('dashboard.work.ordersAtRisk'), value: data?.ordersAtRisk?.totalCount, icon: <WarningOutlined />, to: '/orders/board?atRisk=1' },
        ]
      : []),
    ...(allowed.quotations ? [{ key: 'sentQuotations', title: t('dashboard.work.sentQuotations'), value: data?.sentQuotations?.totalCount, icon: <FileTextOutlined />, to: '/quotations' }] : []),
  ];
  const failure = error && !data ? problemText(serverProblem(error), t) : null;
  return (
    <Row gutter={[16, 16]} data-testid="dashboard-work">
      {figures.map((figure) => (
        <Col key={figure.key} xs={24} sm={12} xl={24 / figures.length}>
          <StatCard title={figure.title} value={figure.value} icon={figure.icon} loading={loading && !data} failure={failure} onOpen={() => void navigate(figure.to)} />
        </Col>
      ))}
    </Row>
  );
}
