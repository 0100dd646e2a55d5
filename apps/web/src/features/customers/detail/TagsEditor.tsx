import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Button, Popover, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { evictCustomerLists } from '../shared/cache';
import { TagCustomersMutation } from '../shared/customer.graphql';
import { CustomerTagChip } from '../shared/labels';
import { TagSelect } from '../shared/TagSelect';

interface TagsEditorProps {
  customerId: string;
  tags: readonly { id: string; name: string; color: string }[];
  editable: boolean;
}

/** The customer's tags; writers remove one with its ×, or add some from the groups. */
export function TagsEditor({ customerId, tags, editable }: TagsEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [tagCustomers, { loading }] = useMutation(TagCustomersMutation, {
    update: evictCustomerLists,
    // The customer's tags come back from the server, in its order.
    refetchQueries: ['CustomerDetail'],
  });

  const change = async (addTagIds: string[], removeTagIds: string[]): Promise<void> => {
    try {
      await tagCustomers({ variables: { input: { customerIds: [customerId], addTagIds, removeTagIds } } });
      setAdding(false);
      setPicked([]);
    } catch (error) {
      void message.error(problemText(serverProblem(error), t));
    }
  };

  return (
    <Space size={[0, 6]} wrap data-testid="customer-tags">
      {tags.map((tag) => (
        <CustomerTagChip key={tag.id} tag={tag} closable={editable} onClose={() => void change([], [tag.id])} />
      ))}
      {!tags.length && !editable && <span>—</span>}
      {editable && (
        <Popover
          open={adding}
          onOpenChange={setAdding}
          trigger="click"
          title={t('customers.tags.addTitle')}
          content={
            <Space direction="vertical" style={{ width: 300 }}>
              <TagSelect
                inline
                value={picked}
                onChange={setPicked}
                exclude={tags.map((tag) => tag.id)}
                style={{ width: '100%' }}
                aria-label={t('customers.tags.addTitle')}
              />
              <Button type="primary" block disabled={!picked.length} loading={loading} onClick={() => void change(picked, [])}>
                {t('customers.tags.addSubmit')}
              </Button>
            </Space>
          }
        >
          <Button size="small" type="dashed" icon={<PlusOutlined />}>
            {t('customers.tags.add')}
          </Button>
        </Popover>
      )}
    </Space>
  );
}
