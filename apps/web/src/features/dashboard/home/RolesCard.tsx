import { useQuery } from '@apollo/client';
import { Alert, Card, Flex, List, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, RoleTag } from '../../../shared/roles';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { DashboardRolesQuery } from './dashboard.graphql';

/** Active accounts per role, as bars against all active accounts. */
export function RolesCard() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(DashboardRolesQuery);
  const activeTotal = data?.activeUsers.totalCount ?? 0;
  return (
    <Card title={t('dashboard.roles.title')} extra={<Typography.Text type="secondary">{t('dashboard.roles.hint')}</Typography.Text>} style={{ height: '100%' }}>
      {error && !data ? (
        <Alert type="warning" showIcon message={t('dashboard.loadFailed')} description={problemText(serverProblem(error), t)} />
      ) : (
        <Skeleton loading={loading && !data} active>
          <List
            dataSource={ROLES.map((role) => ({ role, count: data?.[role].totalCount ?? 0 }))}
            renderItem={({ role, count }) => (
              <List.Item>
                <Flex align="center" gap={16} style={{ width: '100%' }}>
                  <div style={{ width: 96 }}>
                    <RoleTag role={role} />
                  </div>
                  <Progress percent={activeTotal ? Math.round((count / activeTotal) * 100) : 0} showInfo={false} style={{ flex: 1, margin: 0 }} />
                  <Typography.Text style={{ width: 64, textAlign: 'right' }}>{t('dashboard.roles.people', { count })}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Skeleton>
      )}
    </Card>
  );
}
