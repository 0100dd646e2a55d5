import {
  ArrowLeftOutlined,
  CheckOutlined,
  CloseOutlined,
  EditOutlined,
  FileAddOutlined,
  SaveOutlined,
  SendOutlined,
  ShoppingCartOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  List,
  Popconfirm,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { formatMoney } from '../../../shared/money';
import { hasRole, ORDER_WRITERS } from '../../../shared/roles';
import { formFailure, problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { evictCustomerOrders, evictOrderLists, evictQuotationLists } from '../shared/cache';
import { CustomerName } from '../shared/CustomerName';
import { DocumentList } from '../shared/DocumentList';
import { QuotationStatusTag, type DocumentLanguage } from '../shared/labels';
import { DocumentLanguageSelect } from '../shared/DocumentLanguageSelect';
import { QuotationForm, quotationInput, quotationValuesOf, QUOTATION_FIELDS, type QuotationValues } from './QuotationForm';
import {
  ConvertQuotationMutation,
  GenerateQuotationDocumentMutation,
  QuotationDetailQuery,
  ReviseQuotationMutation,
  SetQuotationStatusMutation,
  UpdateQuotationMutation,
} from './quotations.graphql';
import { RecordPending } from '../../../shared/LoadFailed';
import { PricedLinesTable } from '../shared/PricedLinesTable';
import { useFormShowsStoredVersion } from '../../../shared/useFormShowsStoredVersion';
import { paymentTermsIn, useChinese } from '../shared/useChinese';

/**
 * One quotation version: edit it while it is a draft, send it, record the customer's answer, revise it
 * as a new version, turn the accepted one into an order; its PDF in either language, every version.
 */
export function QuotationPage() {
  const { t, i18n } = useTranslation();
  const chinese = useChinese();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, refetch } = useQuery(QuotationDetailQuery, { variables: { id } });
  const [form] = Form.useForm<QuotationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'en' ? 'en' : 'zh');
  const quotation = data?.quotation;
  const writer = hasRole(me, ORDER_WRITERS);
  const editable = Boolean(quotation && writer && quotation.isLatest && quotation.status === 'draft');

  const afterChange = {
    update: (cache: Parameters<typeof evictQuotationLists>[0]) => {
      evictQuotationLists(cache);
      if (quotation) evictCustomerOrders(cache, quotation.customerId);
    },
  };
  const [updateQuotation, updating] = useMutation(UpdateQuotationMutation, afterChange);
  const [setStatus, settingStatus] = useMutation(SetQuotationStatusMutation, afterChange);
  const [revise, revising] = useMutation(ReviseQuotationMutation, afterChange);
  const [convert, converting] = useMutation(ConvertQuotationMutation, {
    update: (cache) => {
      evictQuotationLists(cache);
      evictOrderLists(cache);
      if (quotation) evictCustomerOrders(cache, quotation.customerId);
    },
    refetchQueries: ['QuotationDetail'],
  });
  const [generate, generating] = useMutation(GenerateQuotationDocumentMutation, {
    refetchQueries: ['QuotationDetail'],
    awaitRefetchQueries: true,
  });

  useFormShowsStoredVersion(form, quotation, quotationValuesOf);

  if (!quotation) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('quotations.notFound')}
        loadFailedTitle={t('quotations.loadFailed')}
        onRetry={() => void refetch()}
        backTo="/quotations"
        backLabel={t('quotations.backToList')}
        skeletonRows={10}
      />
    );
  }

  const act = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setFailure(null);
    try {
      await action();
      void message.success(done);
      return true;
    } catch (problemError) {
      const problem = serverProblem(problemError);
      if (problem.code === 'CONFLICT') {
        setFailure(t('quotations.conflict'));
        void refetch();
      } else {
        setFailure(formFailure(form, problem, QUOTATION_FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
      }
      return false;
    }
  };

  const save = async (): Promise<boolean> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return false;
    return act(
      () => updateQuotation({ variables: { id: quotation.id, input: { ...quotationInput(values), version: quotation.version } } }),
      t('quotations.saved', { number: quotation.number }),
    );
  };

  const send = async (): Promise<void> => {
    // Unsaved edits go out with the quotation.
    if (form.isFieldsTouched() && !(await save())) return;
    await act(() => setStatus({ variables: { id: quotation.id, status: 'sent' } }), t('quotations.sentDone', { number: quotation.number }));
  };

  const latest = quotation.versions.find((version) => version.isLatest);
  const statusActions = writer && quotation.isLatest && (
    <Space wrap>
      {quotation.status === 'draft' && (
        <>
          <Button icon={<SaveOutlined />} loading={updating.loading} onClick={() => void save()}>
            {t('quotations.actions.save')}
          </Button>
          <Button type="primary" icon={<SendOutlined />} loading={settingStatus.loading} onClick={() => void send()}>
            {t('quotations.actions.send')}
          </Button>
        </>
      )}
      {quotation.status === 'sent' && (
        <>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={settingStatus.loading}
            // The offer lapsed: revise it with a new validity date instead.
            disabled={quotation.pastValidity}
            onClick={() => void act(() => setStatus({ variables: { id: quotation.id, status: 'accepted' } }), t('quotations.acceptedDone'))}
          >
            {t('quotations.actions.accept')}
          </Button>
          <Popconfirm
            title={t('quotations.confirmReject')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => act(() => setStatus({ variables: { id: quotation.id, status: 'rejected' } }), t('quotations.rejectedDone'))}
          >
            <Button danger icon={<CloseOutlined />}>
              {t('quotations.actions.reject')}
            </Button>
          </Popconfirm>
        </>
      )}
      {(quotation.status === 'sent' || quotation.status === 'rejected' || quotation.status === 'expired') && (
        <Button
          icon={<EditOutlined />}
          loading={revising.loading}
          onClick={() =>
            void (async () => {
              setFailure(null);
              try {
                const { data: revised } = await revise({ variables: { id: quotation.id } });
                if (revised) {
                  void message.success(t('quotations.revisedDone', { revision: revised.reviseQuotation.revision }));
                  void navigate(`/quotations/${revised.reviseQuotation.id}`);
                }
              } catch (problemError) {
                setFailure(problemText(serverProblem(problemError), t));
              }
            })()
          }
        >
          {t('quotations.actions.revise')}
        </Button>
      )}
      {quotation.status === 'accepted' && !quotation.orderId && (
        <Button
          type="primary"
          icon={<ShoppingCartOutlined />}
          loading={converting.loading}
          onClick={() =>
            void (async () => {
              setFailure(null);
              try {
                const { data: converted } = await convert({ variables: { id: quotation.id } });
                if (converted) {
                  void message.success(t('quotations.convertedDone', { number: converted.convertQuotation.number }));
                  void navigate(`/orders/${converted.convertQuotation.id}`);
                }
              } catch (problemError) {
                setFailure(problemText(serverProblem(problemError), t));
              }
            })()
          }
        >
          {t('quotations.actions.convert')}
        </Button>
      )}
    </Space>
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={16}>
          <Space align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => void navigate('/quotations')} />
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="quotation-number">
              {quotation.number}
            </Typography.Title>
            <Tag>{t('quotations.revisionN', { n: quotation.revision })}</Tag>
            <span data-testid="quotation-status">
              <QuotationStatusTag status={quotation.status} pastValidity={quotation.pastValidity} />
            </span>
          </Space>
          <Space wrap>
            {statusActions}
            {quotation.orderId && (
              <Link to={`/orders/${quotation.orderId}`}>
                <Button icon={<ShoppingCartOutlined />}>{t('quotations.viewOrder')}</Button>
              </Link>
            )}
          </Space>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('orders.fields.customer')}>
            <CustomerName id={quotation.customerId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.total')}>
            <Typography.Text strong data-testid="quotation-total">
              {formatMoney(quotation.total)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('quotations.fields.validUntil')}>{quotation.validUntil}</Descriptions.Item>
          <Descriptions.Item
            label={t('orders.fields.incoterm')}
          >{`${quotation.incotermCode} ${quotation.incotermPlace}`}</Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.paymentTerms')}>{paymentTermsIn(chinese, quotation)}</Descriptions.Item>
          <Descriptions.Item label={t('quotations.fields.createdAt')}>
            {formatInstant(quotation.createdAt)}
          </Descriptions.Item>
        </Descriptions>
        {!quotation.isLatest && latest && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            message={t('quotations.olderVersion', { revision: latest.revision })}
            action={
              <Link to={`/quotations/${latest.id}`}>
                <Button size="small">{t('quotations.openLatest')}</Button>
              </Link>
            }
          />
        )}
      </Card>
      {failure && <Alert type="error" showIcon closable onClose={() => setFailure(null)} message={failure} data-testid="quotation-error" />}
      <Card title={editable ? t('quotations.editTitle') : t('orders.lines.title')}>
        {editable ? (
          <QuotationForm form={form} onFinish={() => void save()} />
        ) : (
          <>
            <PricedLinesTable lines={quotation.lines} currency={quotation.currency} total={quotation.total} />
            {quotation.notes && (
              <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }} type="secondary">
                {quotation.notes}
              </Typography.Paragraph>
            )}
          </>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={t('quotations.versions')} size="small">
            <List
              size="small"
              dataSource={quotation.versions}
              data-testid="quotation-versions"
              renderItem={(version) => (
                <List.Item
                  extra={<Typography.Text>{formatMoney(version.total)}</Typography.Text>}
                  style={{ background: version.id === quotation.id ? 'rgba(22,119,255,0.06)' : undefined, paddingInline: 8 }}
                >
                  <Space>
                    {version.id === quotation.id ? (
                      <Typography.Text strong>{t('quotations.revisionN', { n: version.revision })}</Typography.Text>
                    ) : (
                      <Link to={`/quotations/${version.id}`}>{t('quotations.revisionN', { n: version.revision })}</Link>
                    )}
                    <QuotationStatusTag status={version.status} />
                    <Typography.Text type="secondary">{formatInstant(version.createdAt, 'YYYY-MM-DD')}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card
            title={t('documents.title')}
            size="small"
            extra={
              <Space>
                <DocumentLanguageSelect value={language} onChange={setLanguage} />
                <Button
                  size="small"
                  type="primary"
                  icon={<FileAddOutlined />}
                  loading={generating.loading}
                  onClick={() => void act(() => generate({ variables: { quotationId: quotation.id, language } }), t('documents.generated'))}
                >
                  {t('documents.generateQuotation')}
                </Button>
              </Space>
            }
          >
            <DocumentList documents={quotation.documents} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
