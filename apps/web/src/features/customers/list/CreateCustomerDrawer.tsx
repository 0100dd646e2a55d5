import { PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Card, Divider, Form, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CreateCustomerInput, CustomerLookalikeInput, CustomerLookalikesQuery } from '../../../gql/graphql';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
import { evictCustomerLists } from '../shared/cache';
import { ContactFields, contactInput, type ContactValues } from '../shared/ContactFields';
import { CustomerProfileFields, PROFILE_FIELDS, profileInput, type CustomerProfileValues } from '../shared/CustomerProfileFields';
import { TagSelect } from '../shared/TagSelect';
import { UserSelect } from '../shared/UserSelect';
import { isMatchRule } from '../shared/labels';
import { CreateCustomerMutation, CustomerLookalikesQuery as LookalikesQuery } from './customers.graphql';

type Lookalike = CustomerLookalikesQuery['customerLookalikes'][number];

// The server takes at most this many e-mails and phones to compare.
const MAX_PROBE_VALUES = 20;

/** What matching compares of the customer about to be created: its name, country, website, and its contacts' e-mails and phones. */
function lookalikeProbe(input: CreateCustomerInput): CustomerLookalikeInput {
  return {
    name: input.name,
    country: input.country,
    website: input.website,
    emails: (input.contacts ?? []).flatMap((c) => c.emails ?? []).slice(0, MAX_PROBE_VALUES),
    phones: (input.contacts ?? []).flatMap((c) => c.phones ?? []).slice(0, MAX_PROBE_VALUES),
  };
}

/** The customers the new one may duplicate: each one to open instead, or a colleague's to ask a manager about. */
function LookalikesNotice({ found }: { found: readonly Lookalike[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="customer-lookalikes"
      message={t('customers.create.lookalikes.title')}
      description={
        <>
          <ul style={{ paddingLeft: 20, margin: '4px 0' }}>
            {found.map((lookalike, index) => (
              <li key={lookalike.customer?.id ?? `hidden-${index}`}>
                {lookalike.customer ? <Link to={`/customers/${lookalike.customer.id}`}>{lookalike.customer.name}</Link> : t('customers.create.lookalikes.hidden')}
                {' · '}
                <span title={lookalike.reason}>{isMatchRule(lookalike.matchedOn) ? t(`customers.matchRules.${lookalike.matchedOn}`) : lookalike.reason}</span>
              </li>
            ))}
          </ul>
          {t('customers.create.lookalikes.hint')}
        </>
      }
    />
  );
}

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
  const client = useApolloClient();
  // The lookalikes found for the values last submitted (as a key): shown, they turn the next submit of the same values into "create anyway".
  const [lookalikes, setLookalikes] = useState<{ probe: string; found: readonly Lookalike[] } | null>(null);
  const [checking, setChecking] = useState(false);
  const warned = !!lookalikes?.found.length;

  const submit = async (values: CreateCustomerValues): Promise<void> => {
    setFailure(null);
    const input: CreateCustomerInput = {
      ...profileInput(values, 'create'),
      ownerId: values.ownership === 'me' ? me.id : values.ownership === 'user' ? values.ownerId : undefined,
      toPool: values.ownership === 'pool' ? true : undefined,
      tagIds: values.tagIds?.length ? values.tagIds : undefined,
      contacts: (values.contacts ?? []).map(contactInput),
    };
    const probe = lookalikeProbe(input);
    const probeKey = JSON.stringify(probe);
    if (lookalikes?.probe !== probeKey) {
      setChecking(true);
      try {
        const { data } = await client.query({ query: LookalikesQuery, variables: { input: probe }, fetchPolicy: 'network-only' });
        setLookalikes({ probe: probeKey, found: data.customerLookalikes });
        if (data.customerLookalikes.length) return;
      } catch (error) {
        setFailure(formFailure(form, serverProblem(error), FIELDS, t, { allPlaced: t('customers.form.fixFields') }));
        return;
      } finally {
        setChecking(false);
      }
    }
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
      onClosed={() => {
        setFailure(null);
        setLookalikes(null);
      }}
      onSubmit={() => form.submit()}
      submitLabel={warned ? t('customers.create.lookalikes.createAnyway') : t('customers.create.submit')}
      saving={loading || checking}
      notices={warned ? <LookalikesNotice found={lookalikes.found} /> : undefined}
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
