import { useMutation } from '@apollo/client';
import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFieldsFragment } from '../../../gql/graphql';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
import { evictCustomerLists } from '../shared/cache';
import {
  CustomerProfileFields,
  PROFILE_FIELDS,
  profileInput,
  profileValuesOf,
  type CustomerProfileValues,
} from '../shared/CustomerProfileFields';
import { UpdateCustomerMutation } from './customer360.graphql';
import { useFillOnOpen } from '../../../shared/useFillOnOpen';

interface EditCustomerDrawerProps {
  open: boolean;
  customer: CustomerDetailFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
  /** Fetches the customer as it is now on the server. */
  reload: () => Promise<unknown>;
}

/**
 * Edits the profile against the version it was opened with; when a colleague saved in between, the
 * server refuses (CONFLICT) and the drawer says so and offers to load their version.
 */
export function EditCustomerDrawer({ open, customer, onClose, onSaved, reload }: EditCustomerDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CustomerProfileValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // The version the user started editing; the cache may move on underneath (another tab, a refetch).
  const [editedVersion, setEditedVersion] = useState(customer.version);
  const [updateCustomer, { loading }] = useMutation(UpdateCustomerMutation, {
    update: evictCustomerLists,
    refetchQueries: ['CustomerTimeline'],
  });

  // Opening (or loading a colleague's newer version) fills the form with the version being edited.
  const refill = useFillOnOpen(open, () => {
    setEditedVersion(customer.version);
    form.setFieldsValue(profileValuesOf(customer));
  });

  const submit = async (values: CustomerProfileValues): Promise<void> => {
    setFailure(null);
    setConflict(false);
    try {
      await updateCustomer({ variables: { id: customer.id, input: { ...profileInput(values, 'edit'), version: editedVersion } } });
      onSaved();
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.code === 'CONFLICT') setConflict(true);
      else setFailure(formFailure(form, problem, PROFILE_FIELDS, t, { allPlaced: t('customers.form.fixFields') }));
    }
  };

  const loadTheirs = async (): Promise<void> => {
    await reload();
    setConflict(false);
    refill();
  };

  return (
    <FormDrawer
      open={open}
      title={t('customers.edit.title', { name: customer.name })}
      width={760}
      onClose={onClose}
      keepMounted
      onClosed={() => {
        setFailure(null);
        setConflict(false);
      }}
      onSubmit={() => form.submit()}
      submitLabel={t('customers.edit.submit')}
      saving={loading}
      failure={failure}
      notices={
        conflict && (
          <Alert
            type="warning"
            showIcon
            data-testid="edit-conflict"
            message={t('customers.edit.conflictTitle')}
            description={t('customers.edit.conflict')}
            action={
              <Button size="small" onClick={() => void loadTheirs()}>
                {t('customers.edit.reload')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )
      }
    >
      <Form<CustomerProfileValues>
        form={form}
        layout="vertical"
        name="edit-customer"
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <CustomerProfileFields />
      </Form>
    </FormDrawer>
  );
}
