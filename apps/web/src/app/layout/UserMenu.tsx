import { CheckOutlined, ClockCircleOutlined, DownOutlined, GlobalOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Avatar, Button, Dropdown, Space, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, applyLanguage, currentLanguage, isAppLanguage, toUiLanguage, type AppLanguage } from '../../i18n/language';
import { PRIMARY_COLOR } from '../theme';
import type { CurrentUser } from '../session/CurrentUser';
import { UpdateMyLanguageMutation } from '../session/session.graphql';
import { useSignOut } from '../session/useSignOut';
import { initials } from './initials';
import { TimeZoneModal } from './TimeZoneModal';

/** Avatar and name in the header; language and time zone, and sign-out. */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signOut = useSignOut();
  const [saveLanguage] = useMutation(UpdateMyLanguageMutation);
  const [choosingZone, setChoosingZone] = useState(false);
  const language = currentLanguage();

  const switchLanguage = async (next: AppLanguage): Promise<void> => {
    await applyLanguage(next);
    try {
      await saveLanguage({ variables: { language: toUiLanguage(next) } });
    } catch {
      void message.warning(t('userMenu.languageNotSaved'));
    }
  };

  const items: MenuProps['items'] = [
    {
      key: 'identity',
      disabled: true,
      style: { cursor: 'default' },
      label: (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary">{user.email}</Typography.Text>
        </Space>
      ),
    },
    { type: 'divider' },
    {
      type: 'group',
      key: 'language',
      label: (
        <Space size={6}>
          <GlobalOutlined />
          {t('userMenu.language')}
        </Space>
      ),
      children: LANGUAGES.map(({ value, label }) => ({
        key: `language:${value}`,
        label,
        extra: value === language ? <CheckOutlined style={{ color: PRIMARY_COLOR }} /> : null,
      })),
    },
    { type: 'divider' },
    { key: 'timeZone', icon: <ClockCircleOutlined />, label: `${t('userMenu.timeZone')}: ${user.timeZone}` },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: t('userMenu.logout') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') return void signOut();
    if (key === 'timeZone') return setChoosingZone(true);
    const next = key.replace('language:', '');
    if (isAppLanguage(next) && next !== language) void switchLanguage(next);
  };

  return (
    <>
      <Dropdown menu={{ items, onClick, selectable: false }} trigger={['click']} placement="bottomRight">
        <Button type="text" data-testid="user-menu" style={{ height: 44, paddingInline: 8 }}>
          <Space size={8}>
            <Avatar size={30} style={{ backgroundColor: PRIMARY_COLOR }}>
              {initials(user.displayName)}
            </Avatar>
            <span>{user.displayName}</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <TimeZoneModal user={user} open={choosingZone} onClose={() => setChoosingZone(false)} />
    </>
  );
}
