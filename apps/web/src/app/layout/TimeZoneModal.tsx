import { useMutation } from '@apollo/client';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, serverProblem } from '../../shared/serverProblem';
import { formatInstant, knownTimeZones } from '../../shared/userTime';
import type { CurrentUser } from '../session/CurrentUser';
import { UpdateMyTimeZoneMutation } from '../session/session.graphql';

/**
 * The user's own time zone: follow-up times, "due today" and every time shown follow it. Saved on the
 * account, so it holds on every device; the session's `me` in the cache is updated by the answer.
 */
export function TimeZoneModal({ user, open, onClose }: { user: CurrentUser; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [zone, setZone] = useState(user.timeZone);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateMyTimeZoneMutation);
  const options = useMemo(() => knownTimeZones().map((value) => ({ value, label: value })), []);

  const submit = async (): Promise<void> => {
    setFailure(null);
    try {
      await save({ variables: { timeZone: zone } });
      onClose();
    } catch (error) {
      setFailure(problemText(serverProblem(error), t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('userMenu.timeZoneTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      okButtonProps={{ disabled: zone === user.timeZone }}
      onOk={() => void submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => visible && setZone(user.timeZone)}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label={t('userMenu.timeZone')} extra={t('userMenu.timeZoneHelp')}>
          <Select showSearch value={zone} onChange={setZone} options={options} aria-label={t('userMenu.timeZone')} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('userMenu.timeZoneNow', { time: formatInstant(new Date(), 'YYYY-MM-DD HH:mm', zone) })}</Typography.Text>
    </Modal>
  );
}
