import { Alert, Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  width: number;
  onClose: () => void;
  /** The form's submit, so its own checks run before anything is sent. */
  onSubmit: () => void;
  submitLabel: string;
  saving: boolean;
  /** Why the last save was refused, shown above the form. */
  failure: string | null;
  failureTestId?: string;
  /** Once the drawer has closed: forget what the last attempt left (its failure, a conflict). */
  onClosed: () => void;
  /** Keep the form mounted while closed, for forms filled before they open; otherwise it is discarded. */
  keepMounted?: boolean;
  /** Shown above the failure: a conflict or a lock. */
  notices?: ReactNode;
  children: ReactNode;
}

/** A create or edit form in a side drawer: Cancel and Save at the top, the refusal above the form. */
export function FormDrawer({ open, title, width, onClose, onSubmit, submitLabel, saving, failure, failureTestId, onClosed, keepMounted, notices, children }: FormDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      title={title}
      width={width}
      onClose={onClose}
      forceRender={keepMounted}
      destroyOnHidden={!keepMounted}
      afterOpenChange={(visible) => {
        if (!visible) onClosed();
      }}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSubmit}>
            {submitLabel}
          </Button>
        </Space>
      }
    >
      {notices}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid={failureTestId} />}
      {children}
    </Drawer>
  );
}
