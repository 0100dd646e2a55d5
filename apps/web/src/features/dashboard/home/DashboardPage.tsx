import { ApiOutlined, ApartmentOutlined, CheckCircleOutlined, RightOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery, type ApolloError } from '@apollo/client';
import { Button, Card, Col, Descriptions, Flex, List, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NAVIGATION, canOpen } from '../../../app/navigation';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { LANGUAGES, fromUiLanguage } from '../../../i18n/language';
import { RoleTag } from '../../../shared/roles';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant, userClock } from '../../../shared/userTime';
import { DashboardApiTokensQuery, DashboardRolesQuery, DashboardTeamQuery, DashboardTotalsQuery } from './dashboard.graphql';
import { KeyDatesCard } from './KeyDatesCard';
import { RolesCard } from './RolesCard';
import { StatCard } from './StatCard';
import { WorkRow } from './WorkRow';

function greetingKey(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return 'evening';
}

export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const isAdmin = user.role === 'admin';
  // The company's people in figures are for those who run it; everyone else sees their work first.
  const runsCompany = isAdmin || user.role === 'manager';
  const totals = useQuery(DashboardTotalsQuery);
  // Same query as the roles card: Apollo sends it once.
  const roles = useQuery(DashboardRolesQuery, { skip: !runsCompany });
  const team = useQuery(DashboardTeamQuery, { variables: { teamId: user.teamId ?? '' }, skip: !user.teamId || !runsCompany });
  const tokens = useQuery(DashboardApiTokensQuery, { skip: !isAdmin });

  const failure = (error: ApolloError | undefined, data: unknown): string | null => (error && !data ? problemText(serverProblem(error), t) : null);
  const teamName = user.teamId ? totals.data?.teams.nodes.find((node) => node.id === user.teamId)?.name : undefined;
  const activeTokens = tokens.data?.apiTokens.nodes.filter((token) => !token.revokedAt && (!token.expiresAt || dayjs(token.expiresAt).isAfter(dayjs()))).length;
  const language = LANGUAGES.find((entry) => entry.value === fromUiLanguage(user.language))?.label;
  // Those who may hold customers hear of their customers' birthdays and anniversaries.
  const ownsCustomers = user.role === 'sales' || runsCompany;
  const shortcuts = NAVIGATION.filter((entry) => entry.path !== '/' && canOpen(entry, user.role));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={16}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {t(`dashboard.greeting.${greetingKey(userClock().hour())}`, { name: user.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('dashboard.today', { date: userClock().format(t('dashboard.dateFormat')) })}</Typography.Text>
          </div>
          <RoleTag role={user.role} />
        </Flex>
        <Descriptions style={{ marginTop: 20 }} column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('dashboard.profile.role')}>{t(`roles.${user.role}`)}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.profile.team')}>
            {!user.teamId ? (
              <Typography.Text type="secondary">{t('dashboard.profile.noTeam')}</Typography.Text>
            ) : (
              (teamName ?? (totals.loading ? <Skeleton.Input size="small" active /> : '—'))
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.profile.language')}>{language}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.profile.email')}>{user.email}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.profile.timeZone')}>{user.timeZone}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.profile.lastLogin')}>
            {user.lastLoginAt ? formatInstant(user.lastLoginAt) : t('dashboard.profile.firstLogin')}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <WorkRow />

      {ownsCustomers && <KeyDatesCard />}

      {runsCompany && (
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12} xl={6}>
            <StatCard title={t('dashboard.stats.users')} value={totals.data?.allUsers.totalCount} icon={<UserOutlined />} loading={totals.loading && !totals.data} failure={failure(totals.error, totals.data)} />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <StatCard title={t('dashboard.stats.activeUsers')} value={roles.data?.activeUsers.totalCount} icon={<CheckCircleOutlined />} loading={roles.loading && !roles.data} failure={failure(roles.error, roles.data)} />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <StatCard title={t('dashboard.stats.teams')} value={totals.data?.teams.totalCount} icon={<ApartmentOutlined />} loading={totals.loading && !totals.data} failure={failure(totals.error, totals.data)} />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            {isAdmin ? (
              <StatCard title={t('dashboard.stats.activeApiTokens')} value={activeTokens} icon={<ApiOutlined />} loading={tokens.loading && !tokens.data} failure={failure(tokens.error, tokens.data)} />
            ) : (
              <StatCard
                title={t('dashboard.stats.myTeam')}
                value={user.teamId ? team.data?.teamMembers.totalCount : 0}
                icon={<TeamOutlined />}
                loading={team.loading && !team.data}
                failure={failure(team.error, team.data)}
              />
            )}
          </Col>
        </Row>
      )}

      <Row gutter={[16, 16]}>
        {runsCompany && (
          <Col xs={24} lg={shortcuts.length ? 14 : 24}>
            <RolesCard />
          </Col>
        )}
        {shortcuts.length > 0 && (
          <Col xs={24} lg={runsCompany ? 10 : 24}>
            <Card title={t('dashboard.shortcuts.title')} style={{ height: '100%' }}>
              <List
                dataSource={shortcuts}
                renderItem={(entry) => (
                  <List.Item
                    actions={[
                      <Button key="open" type="link" onClick={() => void navigate(entry.path)}>
                        {t('dashboard.shortcuts.open')} <RightOutlined />
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta avatar={entry.icon} title={t(`nav.items.${entry.label}`)} description={t(`dashboard.shortcuts.descriptions.${entry.label}`)} />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}
