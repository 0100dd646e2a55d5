import { PlusOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Avatar, Badge, Button, Card, Flex, Input, Popconfirm, Select, Space, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { Role, UserFilter, UserRowFieldsFragment } from '../../../gql/graphql';
import { LANGUAGES, fromUiLanguage } from '../../../i18n/language';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { ROLES, RoleTag } from '../../../shared/roles';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { formatInstant } from '../../../shared/userTime';
import { HandoverModal } from '../../customers/handover/HandoverModal';
import { CreateUserModal } from './CreateUserModal';
import { SetUserActiveMutation, TeamOptionsQuery, UsersQuery } from './users.graphql';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

type StatusFilter = 'all' | 'active' | 'inactive';

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [creating, setCreating] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const pages = useCursorPages();

  const filter: UserFilter = { search: search || undefined, role, active: status === 'all' ? undefined : status === 'active' };
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const { data, previousData, loading, error, refetch } = useQuery(UsersQuery, {
    variables: { first: pages.pageSize, after: pages.after, filter: filtered ? filter : undefined },
    notifyOnNetworkStatusChange: true,
  });
  const teams = useQuery(TeamOptionsQuery);
  const [setUserActive] = useMutation(SetUserActiveMutation, {
    // Filtered lists and counts depend on `active`; let them refetch.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });

  const teamNames = useMemo(() => new Map((teams.data?.teams.nodes ?? []).map((team) => [team.id, team.name])), [teams.data]);
  const connection = (data ?? previousData)?.users;

  const changeFilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    pages.reset();
  };

  const toggleActive = async (user: UserRowFieldsFragment): Promise<void> => {
    try {
      await setUserActive({ variables: { id: user.id, active: !user.active } });
      void message.success(user.active ? t('users.status.deactivated', { name: user.displayName }) : t('users.status.activated', { name: user.displayName }));
    } catch (failure) {
      void message.error(problemText(serverProblem(failure), t));
    }
  };

  const columns: TableColumnsType<UserRowFieldsFragment> = [
    {
      title: t('users.fields.displayName'),
      key: 'name',
      render: (_, user) => (
        <Space>
          <Avatar style={{ backgroundColor: user.active ? '#0b6bcb' : '#bfbfbf' }}>{user.displayName.trim().charAt(0).toUpperCase() || '?'}</Avatar>
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <Typography.Text type="secondary" copyable={{ text: user.email, tooltips: [t('common.copy'), t('common.copied')] }}>
              {user.email}
            </Typography.Text>
          </Space>
        </Space>
      ),
    },
    { title: t('users.fields.role'), dataIndex: 'role', width: 120, render: (value: Role) => <RoleTag role={value} /> },
    {
      title: t('users.fields.team'),
      dataIndex: 'teamId',
      width: 160,
      render: (teamId: string | null) => (teamId ? (teamNames.get(teamId) ?? '…') : <Typography.Text type="secondary">{t('users.noTeam')}</Typography.Text>),
    },
    {
      title: t('users.fields.status'),
      dataIndex: 'active',
      width: 110,
      render: (active: boolean) => <Badge status={active ? 'success' : 'default'} text={active ? t('users.status.active') : t('users.status.inactive')} />,
    },
    {
      title: t('users.fields.language'),
      dataIndex: 'language',
      width: 110,
      responsive: ['lg'],
      render: (language: UserRowFieldsFragment['language']) => LANGUAGES.find((entry) => entry.value === fromUiLanguage(language))?.label,
    },
    {
      title: t('users.fields.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 160,
      responsive: ['md'],
      render: (at: string | null) =>
        at ? (
          <Tooltip title={formatInstant(at, 'YYYY-MM-DD HH:mm:ss')}>{dayjs(at).fromNow()}</Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>
        ),
    },
    ...(isAdmin
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, user: UserRowFieldsFragment) =>
              user.id === me.id ? null : (
                <Popconfirm
                  title={user.active ? t('users.status.confirmDeactivate', { name: user.displayName }) : t('users.status.confirmActivate', { name: user.displayName })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => toggleActive(user)}
                >
                  <Button type="link" danger={user.active} style={{ paddingInline: 0 }}>
                    {user.active ? t('users.status.deactivate') : t('users.status.activate')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => changeFilter(setSearch)(value.trim())}
            style={{ width: 260 }}
            aria-label={t('users.searchPlaceholder')}
          />
          <Select<Role>
            allowClear
            placeholder={t('users.allRoles')}
            value={role}
            onChange={changeFilter(setRole)}
            options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            style={{ width: 150 }}
          />
          <Select<StatusFilter>
            value={status}
            onChange={changeFilter(setStatus)}
            options={[
              { value: 'all', label: t('users.status.all') },
              { value: 'active', label: t('users.status.active') },
              { value: 'inactive', label: t('users.status.inactive') },
            ]}
            style={{ width: 130 }}
          />
        </Space>
        <Space>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
          <Button icon={<SwapOutlined />} onClick={() => setHandingOver(true)}>
            {t('handover.open')}
          </Button>
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create.open')}
            </Button>
          )}
        </Space>
      </Flex>
      {error && <LoadFailedAlert title={t('users.loadFailed')} error={error} />}
      <ConnectionTable<UserRowFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        columns={columns}
        loading={loading}
        scroll={{ x: 760 }}
      />
      {isAdmin && (
        <CreateUserModal
          open={creating}
          teams={teams.data?.teams.nodes ?? []}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            void message.success(t('users.create.done', { name: user.displayName }));
          }}
        />
      )}
      <HandoverModal open={handingOver} onClose={() => setHandingOver(false)} />
    </Card>
  );
}
