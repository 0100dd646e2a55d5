import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { problemText, serverProblem, showFieldProblems } from '../../../shared/serverProblem';
import { isColumnKey, type ColumnKey } from './customerColumns';
import { CustomerViewsQuery, DeleteCustomerViewMutation, SaveCustomerViewMutation } from './customers.graphql';
import { fromSavedFilter, toCustomerFilter, type ListFilterState } from './listFilter';

interface SaveViewValues {
  name: string;
  shared: boolean;
  replace: boolean;
}

interface SavedViewsProps {
  filter: ListFilterState;
  columns: readonly ColumnKey[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onApply: (filter: ListFilterState, columns: ColumnKey[] | null) => void;
}

/** Pick a saved view (yours or shared), save the current filter and columns as one, or delete one. */
export function SavedViews({ filter, columns, selectedId, onSelect, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<SaveViewValues>();
  const { data } = useQuery(CustomerViewsQuery);
  const views = data?.customerViews.nodes ?? [];
  const selected = views.find((view) => view.id === selectedId) ?? null;
  const [saveView, { loading }] = useMutation(SaveCustomerViewMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'customerViews' });
      cache.gc();
    },
  });
  const [deleteView] = useMutation(DeleteCustomerViewMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'customerViews' });
      cache.gc();
    },
  });
  const mine = selected?.ownerId === me.id;

  const pick = (id: string | undefined): void => {
    const view = views.find((candidate) => candidate.id === id);
    onSelect(view?.id ?? null);
    if (view) onApply(fromSavedFilter(view.filter), view.columns.filter(isColumnKey));
  };

  const submit = async (values: SaveViewValues): Promise<void> => {
    try {
      const { data: saved } = await saveView({
        variables: {
          input: {
            id: values.replace && mine ? selected?.id : undefined,
            name: values.name.trim(),
            shared: values.shared,
            filter: toCustomerFilter(filter) ?? {},
            columns: [...columns],
          },
        },
      });
      setSaving(false);
      if (saved) onSelect(saved.saveCustomerView.id);
      void message.success(t('customers.views.saved', { name: values.name.trim() }));
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.code === 'BAD_USER_INPUT' && !showFieldProblems(form, problem, ['name', 'shared']).length) return;
      void message.error(problemText(problem, t));
    }
  };

  const remove = async (): Promise<void> => {
    if (!selected) return;
    try {
      await deleteView({ variables: { id: selected.id } });
      onSelect(null);
      void message.success(t('customers.views.deleted', { name: selected.name }));
    } catch (error) {
      void message.error(problemText(serverProblem(error), t));
    }
  };

  return (
    <>
      <Space.Compact>
        <Select<string>
          allowClear
          aria-label={t('customers.views.pick')}
          placeholder={t('customers.views.pick')}
          value={selectedId ?? undefined}
          onChange={pick}
          style={{ width: 180 }}
          options={views.map((view) => ({
            value: view.id,
            label: view.shared && view.ownerId !== me.id ? `${view.name} · ${t('customers.views.sharedByColleague')}` : view.name,
          }))}
          notFoundContent={t('customers.views.none')}
        />
        <Tooltip title={t('customers.views.save')}>
          <Button
            icon={<SaveOutlined />}
            aria-label={t('customers.views.save')}
            onClick={() => {
              form.setFieldsValue({ name: mine ? selected?.name : '', shared: mine ? selected?.shared : false, replace: mine });
              setSaving(true);
            }}
          />
        </Tooltip>
        {selected && mine && (
          <Popconfirm
            title={t('customers.views.confirmDelete', { name: selected.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={remove}
          >
            <Tooltip title={t('customers.views.delete')}>
              <Button icon={<DeleteOutlined />} aria-label={t('customers.views.delete')} />
            </Tooltip>
          </Popconfirm>
        )}
      </Space.Compact>
      <Modal
        open={saving}
        title={t('customers.views.saveTitle')}
        okText={t('customers.views.saveSubmit')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={() => setSaving(false)}
        forceRender
      >
        <Form<SaveViewValues>
          form={form}
          layout="vertical"
          name="save-view"
          onFinish={(values) => void submit(values)}
          initialValues={{ shared: false, replace: false }}
        >
          <Form.Item
            name="name"
            label={t('customers.views.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('validation.maxLength', { max: 100 }) },
            ]}
          >
            <Input placeholder={t('customers.views.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="shared" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('customers.views.shareWithColleagues')}</Checkbox>
          </Form.Item>
          {mine && (
            <Form.Item name="replace" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>{t('customers.views.replace', { name: selected?.name })}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
