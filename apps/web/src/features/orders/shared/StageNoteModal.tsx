import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface StageNoteModalProps {
  open: boolean;
  title: string | null;
  /** Red OK button (cancelling an order). */
  danger?: boolean;
  loading: boolean;
  /** What the user should weigh first (money already received on an order being cancelled). */
  warning?: string | null;
  onCancel: () => void;
  /** Moves the order with the note; the modal stays open when that fails. */
  onSubmit: (note: string) => void;
}

/**
 * Asks why before an order is put on hold or cancelled: the order page and the board both move orders
 * there, and colleagues later read the reason in the stage history.
 */
export function StageNoteModal({ open, title, danger, loading, warning, onCancel, onSubmit }: StageNoteModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      forceRender
    >
      {warning && <Alert type="warning" showIcon message={warning} style={{ marginBottom: 12 }} data-testid="stage-note-warning" />}
      <Form form={form} layout="vertical" name="stage-note" onFinish={(values) => onSubmit(values.note ?? '')}>
        <Form.Item name="note" label={t('orders.stage.note')} rules={[{ required: true, whitespace: true, message: t('orders.stage.noteRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
