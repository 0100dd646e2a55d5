import { useMutation } from '@apollo/client';
import { Alert, Button, Drawer, Form, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { fieldProblemText, problemText, serverProblem, showFieldProblems } from '../../../shared/serverProblem';
import { evictCustomerLists } from '../shared/cache';
import { CONTACT_FIELDS, ContactFields, contactInput, contactValuesOf, type ContactValues } from '../shared/ContactFields';
import { AddContactMutation, UpdateContactMutation } from './customer360.graphql';

interface ContactDrawerProps {
  customerId: string;
  /** The contact to edit; null adds one. Undefined: closed. */
  contact: ContactDetailFieldsFragment | null | undefined;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Add or edit a contact; the server's problems with an e-mail or phone show under that very input. */
export function ContactDrawer({ customerId, contact, onClose, onSaved }: ContactDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const options = { update: evictCustomerLists, refetchQueries: ['CustomerDetail'] };
  const [addContact, adding] = useMutation(AddContactMutation, options);
  const [updateContact, updating] = useMutation(UpdateContactMutation, options);
  const open = contact !== undefined;

  const submit = async (values: ContactValues): Promise<void> => {
    setFailure(null);
    const input = contactInput(values);
    try {
      if (contact) await updateContact({ variables: { id: contact.id, input: { ...input, version: contact.version } } });
      else await addContact({ variables: { customerId, input } });
      onSaved(input.name);
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.code === 'BAD_USER_INPUT') {
        const unplaced = showFieldProblems(form, problem, CONTACT_FIELDS);
        setFailure(unplaced.length ? unplaced.map(fieldProblemText).join('; ') : t('customers.form.fixFields'));
      } else if (problem.code === 'CONFLICT') {
        setFailure(t('customers.contacts.conflict'));
      } else {
        setFailure(problemText(problem, t));
      }
    }
  };

  return (
    <Drawer
      open={open}
      title={contact ? t('customers.contacts.editTitle', { name: contact.name }) : t('customers.contacts.addTitle')}
      width={640}
      onClose={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) setFailure(null);
      }}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={adding.loading || updating.loading} onClick={() => form.submit()}>
            {t('customers.contacts.save')}
          </Button>
        </Space>
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<ContactValues>
        form={form}
        layout="vertical"
        name="contact"
        initialValues={contact ? contactValuesOf(contact) : { emails: [''], phones: [''], isPrimary: false }}
        onFinish={(values) => void submit(values)}
      >
        <ContactFields full />
      </Form>
    </Drawer>
  );
}
