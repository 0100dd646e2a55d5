import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Something went wrong" with a way out: reload, or go to the start page. */
export function ErrorResult({ error, fullPage = false }: { error: unknown; fullPage?: boolean }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  const result = (
    <Result
      status="error"
      title={t('errorPage.title')}
      subTitle={t('errorPage.description')}
      extra={[
        <Button key="reload" type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </Button>,
        <Button key="home" onClick={() => window.location.assign('/')}>
          {t('errorPage.home')}
        </Button>,
      ]}
    >
      {detail && (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
          {t('errorPage.detail')}: <Typography.Text code>{detail}</Typography.Text>
        </Typography.Paragraph>
      )}
    </Result>
  );
  return fullPage ? (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      {result}
    </Flex>
  ) : (
    result
  );
}
