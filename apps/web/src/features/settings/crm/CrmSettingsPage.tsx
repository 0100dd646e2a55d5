import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Divider, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerGrade, FollowUpPolicyInput, GradingThresholdsInput, PoolSettingsInput } from '../../../gql/graphql';
import { formFailure, problemText, serverProblem } from '../../../shared/serverProblem';
import { CrmSettingsQuery, UpdateCrmSettingsMutation } from './crmSettings.graphql';

interface Values {
  reportingCurrency: string;
  grading: GradingThresholdsInput;
  followUpDays: FollowUpPolicyInput;
  pool: PoolSettingsInput;
}

const FIELDS = ['reportingCurrency', 'grading', 'followUpDays', 'pool'];
const GRADES: readonly CustomerGrade[] = ['vip', 'key', 'regular', 'potential', 'dormant', 'lost'];

/**
 * The CRM's rules an admin tunes: the thresholds behind each grade, how often each grade is followed
 * up, and the shared pool's idle days, warning and claim cap. Assignment rules stay in the API
 * (`updateCrmSettings(input: { assignmentRules })`), which this page leaves as they are.
 */
export function CrmSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useQuery(CrmSettingsQuery);
  const [update, { loading }] = useMutation(UpdateCrmSettingsMutation);
  const settings = data?.crmSettings;

  useEffect(() => {
    if (!settings) return;
    const { reportingCurrency, grading, followUpDays, pool } = settings;
    form.setFieldsValue({
      reportingCurrency,
      grading: {
        vipRevenue12m: grading.vipRevenue12m,
        keyRevenue12m: grading.keyRevenue12m,
        vipOrders12m: grading.vipOrders12m,
        keyOrders12m: grading.keyOrders12m,
        potentialActivityDays: grading.potentialActivityDays,
        dormantMonths: grading.dormantMonths,
        lostMonths: grading.lostMonths,
      },
      followUpDays: Object.fromEntries(GRADES.map((grade) => [grade, followUpDays[grade] ?? null])) as FollowUpPolicyInput,
      pool: { idleDays: pool.idleDays, warningDays: pool.warningDays, claimCap: pool.claimCap },
    });
  }, [settings, form]);

  if (!settings)
    return error ? (
      <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />
    ) : (
      <Skeleton active paragraph={{ rows: 12 }} />
    );

  const required = [{ required: true, message: t('validation.required') }];
  const whole = (path: [string, string], label: string, min: number, max: number, unit?: string) => (
    <Form.Item name={path} label={label} rules={required}>
      <InputNumber min={min} max={max} precision={0} addonAfter={unit} style={{ width: '100%' }} />
    </Form.Item>
  );
  const amount = (path: [string, string], label: string) => (
    <Form.Item name={path} label={label} rules={[...required, { pattern: /^\d+(\.\d+)?$/, message: t('crmSettings.amountFormat') }]}>
      <Input addonAfter={settings.reportingCurrency} inputMode="decimal" />
    </Form.Item>
  );
  const days = t('crmSettings.days');
  const months = t('crmSettings.months');

  const submit = async (values: Values): Promise<void> => {
    setFailure(null);
    try {
      await update({
        variables: {
          input: {
            reportingCurrency: values.reportingCurrency.trim().toUpperCase(),
            grading: { ...values.grading, vipRevenue12m: values.grading.vipRevenue12m.trim(), keyRevenue12m: values.grading.keyRevenue12m.trim() },
            // An empty box: no automatic follow-ups for that grade.
            followUpDays: Object.fromEntries(GRADES.map((grade) => [grade, values.followUpDays[grade] ?? null])) as FollowUpPolicyInput,
            pool: values.pool,
          },
        },
      });
      void message.success(t('crmSettings.saved'));
    } catch (saveError) {
      setFailure(formFailure(form, serverProblem(saveError), FIELDS, t, { allPlaced: t('customers.form.fixFields') }));
    }
  };

  return (
    <Card
      title={t('crmSettings.title')}
      extra={
        <Button type="primary" icon={<SaveOutlined />} loading={loading} onClick={() => form.submit()}>
          {t('crmSettings.save')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('crmSettings.intro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="crm-settings-error" />}
      <Form<Values> form={form} layout="vertical" name="crm-settings" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="reportingCurrency" label={t('crmSettings.fields.reportingCurrency')} rules={required}>
              <Input maxLength={3} style={{ width: 120 }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('crmSettings.grading')}</Divider>
        <Typography.Paragraph type="secondary">{t('crmSettings.gradingHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={6}>{amount(['grading', 'vipRevenue12m'], t('crmSettings.fields.vipRevenue12m'))}</Col>
          <Col xs={24} md={6}>{whole(['grading', 'vipOrders12m'], t('crmSettings.fields.vipOrders12m'), 1, 100000)}</Col>
          <Col xs={24} md={6}>{amount(['grading', 'keyRevenue12m'], t('crmSettings.fields.keyRevenue12m'))}</Col>
          <Col xs={24} md={6}>{whole(['grading', 'keyOrders12m'], t('crmSettings.fields.keyOrders12m'), 1, 100000)}</Col>
          <Col xs={24} md={8}>{whole(['grading', 'potentialActivityDays'], t('crmSettings.fields.potentialActivityDays'), 1, 3650, days)}</Col>
          <Col xs={24} md={8}>{whole(['grading', 'dormantMonths'], t('crmSettings.fields.dormantMonths'), 1, 120, months)}</Col>
          <Col xs={24} md={8}>{whole(['grading', 'lostMonths'], t('crmSettings.fields.lostMonths'), 1, 240, months)}</Col>
        </Row>
        <Divider orientation="left">{t('crmSettings.followUps')}</Divider>
        <Typography.Paragraph type="secondary">{t('crmSettings.followUpsHint')}</Typography.Paragraph>
        <Row gutter={16}>
          {GRADES.map((grade) => (
            <Col xs={12} md={4} key={grade}>
              <Form.Item name={['followUpDays', grade]} label={t(`customers.grades.${grade}`)}>
                <InputNumber min={1} max={3650} precision={0} addonAfter={days} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Divider orientation="left">{t('crmSettings.pool')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>{whole(['pool', 'idleDays'], t('crmSettings.fields.idleDays'), 2, 3650, days)}</Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['pool', 'warningDays']}
              label={t('crmSettings.fields.warningDays')}
              dependencies={[['pool', 'idleDays']]}
              rules={[
                ...required,
                ({ getFieldValue }) => ({
                  // The warning must come before the return, as the server also insists.
                  validator: (_, value: number | null) =>
                    value === null || value === undefined || value < getFieldValue(['pool', 'idleDays']) ? Promise.resolve() : Promise.reject(new Error(t('crmSettings.warningBeforeIdle'))),
                }),
              ]}
            >
              <InputNumber min={1} max={60} precision={0} addonAfter={days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>{whole(['pool', 'claimCap'], t('crmSettings.fields.claimCap'), 1, 100000)}</Col>
        </Row>
      </Form>
    </Card>
  );
}
