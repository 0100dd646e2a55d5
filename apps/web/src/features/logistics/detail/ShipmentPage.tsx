import { ArrowLeftOutlined, FileAddOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { hasRole, LOGISTICS_ROLES } from '../../../shared/roles';
import { formFailure, problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { evictOrderLists, evictOrders, evictShipmentLists } from '../../orders/shared/cache';
import { CustomerName } from '../../orders/shared/CustomerName';
import { DocumentList } from '../../orders/shared/DocumentList';
import { OrderStageTag, type DocumentLanguage } from '../../orders/shared/labels';
import { DocumentLanguageSelect } from '../../orders/shared/DocumentLanguageSelect';
import { ModeText, ShipmentStatusTag } from '../shared/labels';
import {
  GeneratePackingListMutation,
  SetShipmentCustomsClearedMutation,
  ShipmentDetailQuery,
  ShipmentOrderQuery,
  UpdateShipmentMutation,
} from '../shared/shipments.graphql';
import { SHIPMENT_FIELDS, ShipmentFields, shipmentInput, shipmentValuesOf, type ShipmentValues } from '../shared/ShipmentFields';
import { CustomsDraftCard } from './CustomsDraftCard';
import { PackingListCard } from './PackingListCard';
import { RecordPending } from '../../../shared/LoadFailed';
import { useFormShowsStoredVersion } from '../../../shared/useFormShowsStoredVersion';

function OrderLink({ id }: { id: string }) {
  const { data } = useQuery(ShipmentOrderQuery, { variables: { id }, fetchPolicy: 'cache-first' });
  if (!data) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Space size={4}>
      <Link to={`/orders/${id}`}>{data.order.number}</Link>
      <OrderStageTag stage={data.order.stage} />
    </Space>
  );
}

/**
 * One shipment: booking, containers, vessel, ports, dates and B/L; the packing list with typed-over
 * values and a container hint; the customs declaration draft; the packing list PDF.
 */
export function ShipmentPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, refetch } = useQuery(ShipmentDetailQuery, { variables: { id } });
  const [form] = Form.useForm<ShipmentValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'en' ? 'en' : 'zh');
  const editable = hasRole(me, LOGISTICS_ROLES);
  const shipment = data?.shipment;
  const sync = {
    update: (cache: Parameters<typeof evictShipmentLists>[0]) => {
      evictShipmentLists(cache);
      // Orders learn the booking, the B/L and customs clearance. Their page is not on screen here:
      // refetching it by name made Apollo warn, so the orders are dropped and load afresh when opened.
      evictOrderLists(cache);
      evictOrders(cache, new Set(shipment?.items.map((item) => item.orderId) ?? []));
    },
    refetchQueries: ['ShipmentDetail'],
    awaitRefetchQueries: true,
  };
  const [update, updating] = useMutation(UpdateShipmentMutation, sync);
  const [setCleared, clearing] = useMutation(SetShipmentCustomsClearedMutation, sync);
  const [generate, generating] = useMutation(GeneratePackingListMutation, {
    refetchQueries: ['ShipmentDetail'],
    awaitRefetchQueries: true,
  });

  const showStoredShipment = useFormShowsStoredVersion(form, shipment, shipmentValuesOf);

  if (!shipment) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('logistics.notFound')}
        loadFailedTitle={t('logistics.loadFailed')}
        onRetry={() => void refetch()}
        backTo="/shipments"
        backLabel={t('logistics.backToList')}
      />
    );
  }

  const orderIds = [...new Set(shipment.items.map((item) => item.orderId))];

  const save = async (values: ShipmentValues): Promise<void> => {
    setFailure(null);
    setConflict(false);
    try {
      await update({ variables: { id: shipment.id, input: { ...shipmentInput(values, true), version: shipment.version } } });
      void message.success(t('logistics.saved', { reference: shipment.reference }));
    } catch (saveError) {
      const problem = serverProblem(saveError);
      if (problem.code === 'CONFLICT') setConflict(true);
      else setFailure(formFailure(form, problem, SHIPMENT_FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={16}>
          <Space align="center" wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => void navigate('/shipments')} />
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="shipment-reference">
              {shipment.reference}
            </Typography.Title>
            <ShipmentStatusTag status={shipment.status} />
          </Space>
          <Space align="center">
            <Typography.Text>{t('logistics.customs.cleared')}</Typography.Text>
            <Switch
              checked={Boolean(shipment.customsClearedAt)}
              disabled={!editable}
              loading={clearing.loading}
              aria-label={t('logistics.customs.cleared')}
              onChange={(checked) =>
                void setCleared({ variables: { id: shipment.id, cleared: checked } })
                  .then(() => message.success(checked ? t('logistics.customs.clearedDone') : t('logistics.customs.reopened')))
                  .catch((toggleError: unknown) => message.error(problemText(serverProblem(toggleError), t)))
              }
            />
            {shipment.customsClearedAt && (
              <Typography.Text type="secondary">{formatInstant(shipment.customsClearedAt, 'YYYY-MM-DD')}</Typography.Text>
            )}
          </Space>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('orders.fields.customer')}>
            <CustomerName id={shipment.customerId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('logistics.fields.orders')}>
            <Space wrap>
              {orderIds.map((orderId) => (
                <OrderLink key={orderId} id={orderId} />
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('logistics.fields.mode')}>
            <ModeText mode={shipment.mode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('logistics.fields.route')}>
            {[shipment.portOfLoading, shipment.portOfDischarge].filter(Boolean).join(' → ') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('logistics.detailsTitle')}
        extra={
          editable && (
            <Button type="primary" icon={<SaveOutlined />} loading={updating.loading} onClick={() => form.submit()}>
              {t('logistics.save')}
            </Button>
          )
        }
      >
        {conflict && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('logistics.conflict')}
            action={
              <Button
                size="small"
                onClick={() =>
                  void refetch().then(() => {
                    setConflict(false);
                    showStoredShipment();
                  })
                }
              >
                {t('logistics.reload')}
              </Button>
            }
          />
        )}
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="shipment-error" />}
        <Form<ShipmentValues> form={form} layout="vertical" name="shipment" onFinish={(values) => void save(values)} disabled={!editable}>
          <ShipmentFields full disabled={!editable} />
        </Form>
      </Card>
      <PackingListCard
        packingList={shipment.packingList}
        editable={editable}
        extra={
          <Space>
            <DocumentLanguageSelect value={language} onChange={setLanguage} />
            <Button
              size="small"
              type="primary"
              icon={<FileAddOutlined />}
              disabled={!editable}
              loading={generating.loading}
              onClick={() =>
                void generate({ variables: { shipmentId: shipment.id, language } })
                  .then(({ data: generated }) =>
                    message.success(
                      t('documents.generatedVersion', {
                        kind: t('documents.kinds.packing_list'),
                        version: generated?.generatePackingListDocument.version ?? 1,
                        number: generated?.generatePackingListDocument.number ?? '',
                      }),
                    ),
                  )
                  .catch((generateError: unknown) => message.error(problemText(serverProblem(generateError), t)))
              }
            >
              {t('documents.generatePackingList')}
            </Button>
          </Space>
        }
      />
      <CustomsDraftCard draft={shipment.customsDraft} />
      <Card title={t('documents.title')}>
        <DocumentList documents={shipment.documents} />
      </Card>
    </Space>
  );
}
