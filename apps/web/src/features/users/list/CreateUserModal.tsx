import { useMutation } from '@apollo/client';
import { Alert, AutoComplete, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CreateUserInput, Role, UiLanguage } from '../../../gql/graphql';
import { LANGUAGES, toUiLanguage } from '../../../i18n/language';
import { ROLES } from '../../../shared/roles';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { knownTimeZones } from '../../../shared/userTime';
import { CreateUserMutation } from './users.graphql';

interface CreateUserValues {
  displayName?: string;
  email: string;
  password: string;
  role: Role;
  teamId?: string;
  language: UiLanguage;
  timeZone: string;
}

const FIELDS: readonly (keyof CreateUserValues)[] = ['displayName', 'email', 'password', 'role', 'teamId', 'language', 'timeZone'];

interface CreateUserModalProps {
  open: boolean;
  teams: readonly { id: string; name: string }[];
  onClose: () => void;
  onCreated: (user: { displayName: string }) => void;
}

export function CreateUserModal({ open, teams, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  // A colleague usually works where the admin does: their zone is the default.
  const me = useCurrentUser();
  const [form] = Form.useForm<CreateUserValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(CreateUserMutation, {
    // Every cached users list (any filter or page) may now be wrong; active ones refetch.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });

  const submit = async (values: CreateUserValues): Promise<void> => {
    setFailure(null);
    const input: CreateUserInput = {
      email: values.email.trim(),
      password: values.password,
      role: values.role,
      language: values.language,
      timeZone: values.timeZone.trim(),
      displayName: values.displayName?.trim() || undefined,
      teamId: values.teamId || undefined,
    };
    try {
      const { data } = await createUser({ variables: { input } });
      form.resetFields();
      if (data) onCreated(data.createUser);
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.reason === 'USER_EMAIL_TAKEN') form.setFields([{ name: 'email', errors: [t('users.create.emailTaken')] }]);
      else setFailure(formFailure(form, problem, FIELDS, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.create.title')}
      okText={t('users.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setFailure(null);
      }}
      width={560}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ role: 'sales', language: toUiLanguage('zh-CN'), timeZone: me.timeZone }}
        name="create-user"
      >
        <Form.Item name="displayName" label={t('users.fields.displayName')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
          <Input placeholder={t('users.create.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { type: 'email', message: t('validation.email') },
            { max: 254, message: t('validation.maxLength', { max: 254 }) },
          ]}
        >
          <Input autoComplete="off" placeholder="name@company.com" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.fields.password')}
          extra={t('users.create.passwordHint')}
          rules={[
            { required: true, message: t('validation.required') },
            { min: 8, message: t('validation.minLength', { min: 8 }) },
            { max: 200, message: t('validation.maxLength', { max: 200 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('users.fields.role')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item name="teamId" label={t('users.fields.team')}>
          <Select allowClear placeholder={t('users.create.noTeam')} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
        </Form.Item>
        <Form.Item name="language" label={t('users.fields.language')}>
          <Radio.Group options={LANGUAGES.map(({ value, label }) => ({ value: toUiLanguage(value), label }))} optionType="button" />
        </Form.Item>
        <Form.Item name="timeZone" label={t('users.fields.timeZone')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <AutoComplete options={knownTimeZones().map((zone) => ({ value: zone }))} filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
