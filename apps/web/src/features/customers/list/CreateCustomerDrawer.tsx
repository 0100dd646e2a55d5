import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Button, Card, Divider, Form, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CreateCustomerInput } from '../../../gql/graphql';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
import { evictCustomerLists } from '../shared/cache';
import { ContactFields, contactInput, type ContactValues } from '../shared/ContactFields';
import { CustomerProfileFields, PROFILE_FIELDS, profileInput, type CustomerProfileValues } from '../shared/CustomerProfileFields';
import { TagSelect } from '../shared/TagSelect';
import { UserSelect } from '../shared/UserSelect';
import { CreateCustomerMutation } from './customers.graphql';

type Ownership = 'me' | 'pool' | 'user';

interface CreateCustomerValues extends CustomerProfileValues {
  ownership: Ownership;
  ownerId?: string;
  tagIds?: string[];
  contacts?: ContactValues[];
}

const FIELDS: readonly string[] = [...PROFILE_FIELDS, 'ownerId', 'tagIds', 'contacts'];

interface CreateCustomerDrawerProps {
  open: boolean;
  onClose: () => void;
  onCreated: (customer: { id: string; name: string }) => void;
}

/** A new customer with its first contacts and tags; the server's field problems show under their fields. */
export function CreateCustomerDrawer({ open, onClose, onCreated }: CreateCustomerDrawerProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<CreateCustomerValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const ownership = Form.useWatch('ownership', form);
  const mayAssign = me.role === 'admin' || me.role === 'manager';
  const [createCustomer, { loading }] = useMutation(CreateCustomerMutation, { update: evictCustomerLists });

  const submit = async (values: CreateCustomerValues): Promise<void> => {
    setFailure(null);
    const input: CreateCustomerInput = {
      ...profileInput(values, 'create'),
      ownerId: values.ownership === 'me' ? me.id : values.ownership === 'user' ? values.ownerId : undefined,
      toPool: values.ownership === 'pool' ? true : undefined,
      tagIds: values.tagIds?.length ? values.tagIds : undefined,
      contacts: (values.contacts ?? []).map(contactInput),
    };
    try {
      const { data } = await createCustomer({ variables: { input } });
      if (data) onCreated(data.createCustomer);
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), FIELDS, t, { allPlaced: t('customers.form.fixFields') }));
    }
  };

  return (
    <FormDrawer
      open={open}
      title={t('customers.create.title')}
      width={760}
      onClose={onClose}
      onClosed={() => setFailure(null)}
      onSubmit={() => form.submit()}
      submitLabel={t('customers.create.submit')}
      saving={loading}
      failure={failure}
      failureTestId="customer-form-error"
    >
      <Form<CreateCustomerValues>
        form={form}
        layout="vertical"
        name="create-customer"
        initialValues={{
          stage: 'lead',
          ownership: me.role === 'sales' ? 'me' : 'pool',
          contacts: [{ name: '', emails: [''], phones: [''] }],
        }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <CustomerProfileFields />
        <Divider orientation="left">{t('customers.create.ownerAndTags')}</Divider>
        <Form.Item name="ownership" label={t('customers.fields.owner')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'me', label: t('customers.create.ownerMe') },
              { value: 'pool', label: t('customers.create.ownerPool') },
              ...(mayAssign ? [{ value: 'user', label: t('customers.create.ownerOther') }] : []),
            ]}
          />
        </Form.Item>
        {ownership === 'user' && (
          <Form.Item name="ownerId" label={t('customers.create.ownerPick')} rules={[{ required: true, message: t('validation.required') }]}>
            <UserSelect style={{ width: 320 }} />
          </Form.Item>
        )}
        <Form.Item name="tagIds" label={t('customers.fields.tags')}>
          <TagSelect style={{ width: '100%' }} />
        </Form.Item>
        <Divider orientation="left">{t('customers.contacts.title')}</Divider>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('customers.create.contactN', { n: index + 1 })}
                  extra={
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      {t('customers.contacts.remove')}
                    </Button>
                  }
                >
                  <ContactFields prefix={[field.name]} />
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', emails: [''], phones: [''] })}>
                {t('customers.contacts.add')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
