import { useMutation } from '@apollo/client';
import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
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
      if (problem.code === 'CONFLICT') setFailure(t('customers.contacts.conflict'));
      else setFailure(formFailure(form, problem, CONTACT_FIELDS, t, { allPlaced: t('customers.form.fixFields') }));
    }
  };

  return (
    <FormDrawer
      open={open}
      title={contact ? t('customers.contacts.editTitle', { name: contact.name }) : t('customers.contacts.addTitle')}
      width={640}
      onClose={onClose}
      onClosed={() => setFailure(null)}
      onSubmit={() => form.submit()}
      submitLabel={t('customers.contacts.save')}
      saving={adding.loading || updating.loading}
      failure={failure}
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        name="contact"
        initialValues={contact ? contactValuesOf(contact) : { emails: [''], phones: [''], isPrimary: false }}
        onFinish={(values) => void submit(values)}
      >
        <ContactFields full />
      </Form>
    </FormDrawer>
  );
}
