import { useMutation } from '@apollo/client';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { fromPickerValue, toPickerValue } from '../../../shared/userTime';
import { CreateApiTokenMutation } from './apiTokens.graphql';
import { API_SCOPES, scopeKey, type ApiScope } from './scopes';

interface CreateApiTokenValues {
  name: string;
  scopes: ApiScope[];
  expiresAt?: Dayjs | null;
}

const FIELDS: readonly (keyof CreateApiTokenValues)[] = ['name', 'scopes', 'expiresAt'];

interface CreateApiTokenModalProps {
  open: boolean;
  onClose: () => void;
}

/** Issues a token; the secret is shown once, in this dialog, and never again. */
export function CreateApiTokenModal({ open, onClose }: CreateApiTokenModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateApiTokenValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [createToken, { loading }] = useMutation(CreateApiTokenMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiTokens' });
      cache.gc();
    },
  });

  const submit = async (values: CreateApiTokenValues): Promise<void> => {
    setFailure(null);
    try {
      const { data } = await createToken({
        variables: { input: { name: values.name.trim(), scopes: values.scopes, expiresAt: values.expiresAt ? fromPickerValue(values.expiresAt.endOf('day')) : null } },
      });
      if (data) setSecret({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), FIELDS, t));
    }
  };

  const reset = (): void => {
    form.resetFields();
    setFailure(null);
    setSecret(null);
  };

  return (
    <Modal
      open={open}
      title={secret ? t('apiTokens.created.title') : t('apiTokens.create.title')}
      onCancel={onClose}
      afterClose={reset}
      maskClosable={!secret}
      width={600}
      footer={
        secret ? (
          <Button type="primary" onClick={onClose}>
            {t('apiTokens.created.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()}>
              {t('apiTokens.create.submit')}
            </Button>
          </Space>
        )
      }
    >
      {secret ? (
        <Alert
          type="success"
          showIcon
          message={t('apiTokens.created.message', { name: secret.name })}
          description={
            <>
              <Typography.Paragraph>{t('apiTokens.created.onlyOnce')}</Typography.Paragraph>
              <Typography.Paragraph
                code
                copyable={{ text: secret.token, tooltips: [t('common.copy'), t('common.copied')] }}
                style={{ wordBreak: 'break-all', marginBottom: 0 }}
                data-testid="api-token-secret"
              >
                {secret.token}
              </Typography.Paragraph>
            </>
          }
        />
      ) : (
        <>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
          <Form<CreateApiTokenValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ scopes: ['crm:read'] }} name="create-api-token">
            <Form.Item
              name="name"
              label={t('apiTokens.fields.name')}
              extra={t('apiTokens.create.nameHint')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { max: 100, message: t('validation.maxLength', { max: 100 }) },
              ]}
            >
              <Input placeholder={t('apiTokens.create.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="scopes" label={t('apiTokens.fields.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('apiTokens.create.scopesRequired') }]}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {API_SCOPES.map((scope) => (
                  <Checkbox key={scope} value={scope}>
                    <Typography.Text code>{scope}</Typography.Text> {t(`apiTokens.scopes.${scopeKey(scope)}`)}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="expiresAt" label={t('apiTokens.fields.expiresAt')} extra={t('apiTokens.create.expiresHint')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(toPickerValue().add(1, 'day'), 'day')} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
