import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Card, Flex, Form, Input, Segmented, Typography, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { Brand } from '../../../app/layout/Brand';
import type { LoginRedirectState } from '../../../app/session/RequireSession';
import { MeQuery } from '../../../app/session/session.graphql';
import { tokenStore, useSessionTokens } from '../../../app/session/tokenStore';
import { LANGUAGES, applyLanguage, currentLanguage, fromUiLanguage, isAppLanguage } from '../../../i18n/language';
import { problemText, serverProblem, type ServerProblem } from '../../../shared/serverProblem';
import { LoginMutation } from './login.graphql';
import { useRetryCountdown } from './useRetryCountdown';

interface LoginValues {
  email: string;
  password: string;
}

function safeTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  // Only paths inside the app: never an absolute URL someone slipped into the history state.
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const client = useApolloClient();
  const tokens = useSessionTokens();
  const [form] = Form.useForm<LoginValues>();
  const [login, { loading }] = useMutation(LoginMutation);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useRetryCountdown(lockedUntil);

  if (tokens) return <Navigate to={safeTarget(location.state)} replace />;

  const submit = async (values: LoginValues): Promise<void> => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (!data) return;
      const { accessToken, refreshToken, user } = data.login;
      client.writeQuery({ query: MeQuery, data: { me: user } });
      // The account's saved language wins over the login page's, so every device looks the same.
      await applyLanguage(fromUiLanguage(user.language));
      tokenStore.set({ accessToken, refreshToken });
    } catch (error) {
      const next = serverProblem(error);
      setProblem(next);
      setLockedUntil(next.code === 'TOO_MANY_REQUESTS' && next.retryAfterSeconds ? Date.now() + next.retryAfterSeconds * 1000 : null);
      form.setFieldValue('password', '');
    }
  };

  const errorText = (current: ServerProblem): string => {
    switch (current.code) {
      case 'UNAUTHENTICATED':
        return t('login.errors.invalidCredentials');
      case 'TOO_MANY_REQUESTS':
        return secondsLeft > 0 ? t('login.errors.tooManyAttempts', { wait: formatWait(secondsLeft, t) }) : t('login.errors.tooManyAttemptsOver');
      case 'BAD_USER_INPUT':
        return t('login.errors.invalidInput');
      default:
        return problemText(current, t);
    }
  };

  return (
    <Flex style={{ minHeight: '100vh', background: `linear-gradient(135deg, #0d1b2e 0%, #0b3d6e 55%, ${token.colorPrimary} 100%)` }} vertical>
      <Flex justify="space-between" align="center" style={{ padding: '12px 24px' }}>
        <Brand />
        <Segmented
          value={currentLanguage()}
          options={LANGUAGES.map(({ value, label }) => ({ value, label }))}
          onChange={(value) => {
            if (isAppLanguage(value)) void applyLanguage(value);
          }}
        />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 24 }}>
        <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 12px 40px rgba(0, 0, 0, 0.25)' }} styles={{ body: { padding: 32 } }}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {t('login.subtitle')}
          </Typography.Paragraph>
          {problem && <Alert type="error" showIcon role="alert" message={errorText(problem)} style={{ marginBottom: 20 }} data-testid="login-error" />}
          <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={loading} size="large">
            <Form.Item
              name="email"
              label={t('login.email')}
              rules={[
                { required: true, whitespace: true, message: t('login.validation.emailRequired') },
                { type: 'email', message: t('login.validation.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} placeholder="name@company.com" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.validation.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" />
            </Form.Item>
            <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block loading={loading} disabled={secondsLeft > 0}>
                {secondsLeft > 0 ? t('login.retryIn', { wait: formatWait(secondsLeft, t) }) : t('login.submit')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 12, textAlign: 'center' }}>
            {t('login.forgotHint')}
          </Typography.Paragraph>
        </Card>
      </Flex>
      <Typography.Text style={{ color: 'rgba(255, 255, 255, 0.55)', textAlign: 'center', padding: 16, fontSize: 12 }}>{t('login.tagline')}</Typography.Text>
    </Flex>
  );
}

function formatWait(seconds: number, t: TFunction): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return t('time.seconds', { count: rest });
  return rest ? t('time.minutesSeconds', { minutes, seconds: rest }) : t('time.minutes', { count: minutes });
}
