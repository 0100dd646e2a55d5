import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Divider, Form, Input, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerGrade, FollowUpPolicyInput, GradingThresholdsInput, PoolSettingsInput } from '../../../gql/graphql';
import { formFailure, problemText, serverProblem } from '../../../shared/serverProblem';
import { countryOptions } from '../../customers/shared/countries';
import { UserSelect } from '../../customers/shared/UserSelect';
import { TeamOptionsQuery } from '../../users/list/users.graphql';
import { CrmSettingsQuery, UpdateCrmSettingsMutation } from './crmSettings.graphql';

/** One assignment rule as the form holds it: what a pool customer must have, and whom it then goes to. */
interface RuleValues {
  country?: string | null;
  industry?: string | null;
  teamId?: string | null;
  userId?: string | null;
  /** The colleague's name as saved, for the select until a search lists them. */
  userName?: string;
}

interface Values {
  reportingCurrency: string;
  grading: GradingThresholdsInput;
  followUpDays: FollowUpPolicyInput;
  pool: PoolSettingsInput;
  assignmentRules: RuleValues[];
}

const FIELDS = ['reportingCurrency', 'grading', 'followUpDays', 'pool', 'assignmentRules'];
const GRADES: readonly CustomerGrade[] = ['vip', 'key', 'regular', 'potential', 'dormant', 'lost'];

/**
 * The CRM's rules an admin tunes: the thresholds behind each grade, how often each grade is followed
 * up, the shared pool's idle days, warning and claim cap, and the rules that give pool customers to a
 * team or a colleague (the first rule a customer matches decides).
 */
export function CrmSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useQuery(CrmSettingsQuery);
  const teams = useQuery(TeamOptionsQuery).data?.teams.nodes ?? [];
  const [update, { loading }] = useMutation(UpdateCrmSettingsMutation);
  const settings = data?.crmSettings;

  useEffect(() => {
    if (!settings) return;
    const { reportingCurrency, grading, followUpDays, pool, assignmentRules } = settings;
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
      assignmentRules: assignmentRules.map((rule) => ({
        country: rule.country,
        industry: rule.industry,
        teamId: rule.teamId,
        userId: rule.userId,
        userName: rule.user?.displayName,
      })),
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
            assignmentRules: (values.assignmentRules ?? []).map((rule) => ({
              country: rule.country || undefined,
              industry: rule.industry?.trim() || undefined,
              teamId: rule.teamId || undefined,
              userId: rule.userId || undefined,
            })),
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
        <Divider orientation="left">{t('crmSettings.rules')}</Divider>
        <Typography.Paragraph type="secondary">{t('crmSettings.rulesHint')}</Typography.Paragraph>
        <Form.List name="assignmentRules">
          {(rules, { add, remove }) => (
            <>
              {rules.map((rule, index) => (
                <Row gutter={12} key={rule.key} align="top" data-testid="assignment-rule">
                  <Col xs={24} md={6}>
                    <Form.Item name={[rule.name, 'country']} label={index === 0 ? t('crmSettings.fields.ruleCountry') : undefined}>
                      <Select allowClear showSearch optionFilterProp="label" options={countryOptions()} placeholder={t('crmSettings.anyCountry')} aria-label={`${t('crmSettings.fields.ruleCountry')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[rule.name, 'industry']} label={index === 0 ? t('crmSettings.fields.ruleIndustry') : undefined}>
                      <Input placeholder={t('crmSettings.anyIndustry')} aria-label={`${t('crmSettings.fields.ruleIndustry')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[rule.name, 'teamId']}
                      label={index === 0 ? t('crmSettings.fields.ruleTeam') : undefined}
                      dependencies={[['assignmentRules', rule.name, 'userId']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          // The server refuses a rule that gives the customer to nobody.
                          validator: (_, teamId: string | undefined) =>
                            teamId || getFieldValue(['assignmentRules', rule.name, 'userId']) ? Promise.resolve() : Promise.reject(new Error(t('crmSettings.ruleNeedsTarget'))),
                        }),
                      ]}
                    >
                      <Select allowClear options={teams.map((team) => ({ value: team.id, label: team.name }))} aria-label={`${t('crmSettings.fields.ruleTeam')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={6}>
                    <Form.Item name={[rule.name, 'userId']} label={index === 0 ? t('crmSettings.fields.ruleUser') : undefined}>
                      <UserSelect allowClear style={{ width: '100%' }} initialLabel={form.getFieldValue(['assignmentRules', rule.name, 'userName'])} aria-label={`${t('crmSettings.fields.ruleUser')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Form.Item label={index === 0 ? ' ' : undefined}>
                      <Button danger type="text" icon={<DeleteOutlined />} onClick={() => remove(rule.name)} aria-label={t('crmSettings.removeRule', { n: index + 1 })} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('crmSettings.addRule')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
