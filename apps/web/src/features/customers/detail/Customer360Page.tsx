import { useQuery } from '@apollo/client';
import { App, Col, Row, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { hasRole, ORDER_WRITERS } from '../../../shared/roles';
import { LogActivityModal } from '../shared/LogActivityModal';
import { ContactsCard } from './ContactsCard';
import { CreateFollowUpModal } from './CreateFollowUpModal';
import { CustomerDetailQuery } from './customer360.graphql';
import { CustomerHeader } from './CustomerHeader';
import { EditCustomerDrawer } from './EditCustomerDrawer';
import { FollowUpsCard } from './FollowUpsCard';
import { KeyFigures } from './KeyFigures';
import { OrdersCard } from './OrdersCard';
import { OwnerHistoryCard } from './OwnerHistoryCard';
import { ProfileCard } from './ProfileCard';
import { TimelineCard } from './TimelineCard';
import { RecordPending } from '../../../shared/LoadFailed';

/** The 360° view of one customer: profile, figures, contacts, orders and quotations, tags, timeline, follow-ups and owners. */
export function Customer360Page() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, refetch } = useQuery(CustomerDetailQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState<{ followUp: FollowUpFieldsFragment | null } | null>(null);
  const [planning, setPlanning] = useState(false);
  const customer = data?.customer;
  const writer = me.role === 'admin' || me.role === 'manager' || me.role === 'sales';

  // A merged customer's id resolves to the survivor: show the survivor's own address.
  useEffect(() => {
    if (customer && customer.id !== id) void navigate(`/customers/${customer.id}`, { replace: true });
  }, [customer, id, navigate]);

  const userNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const change of customer?.ownerHistory ?? []) {
      if (change.fromUser) names.set(change.fromUser.id, change.fromUser.displayName);
      if (change.toUser) names.set(change.toUser.id, change.toUser.displayName);
    }
    if (customer?.owner) names.set(customer.owner.id, customer.owner.displayName);
    names.set(me.id, me.displayName);
    return names;
  }, [customer, me]);

  if (!customer) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('customers.detail.notFound')}
        loadFailedTitle={t('customers.detail.loadFailed')}
        onRetry={() => void refetch()}
        backTo="/customers"
        backLabel={t('customers.detail.backToList')}
      />
    );
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <CustomerHeader
        customer={customer}
        onEdit={() => setEditing(true)}
        onLogActivity={() => setLogging({ followUp: null })}
        onNewFollowUp={() => setPlanning(true)}
      />
      <KeyFigures keyFigures={customer.keyFigures} receivables={customer.receivables} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ContactsCard customerId={customer.id} contacts={customer.contacts} editable={writer} />
            <OrdersCard customerId={customer.id} mayQuote={hasRole(me, ORDER_WRITERS)} />
            <TimelineCard customerId={customer.id} userNames={userNames} onLogActivity={() => setLogging({ followUp: null })} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <FollowUpsCard
              customerId={customer.id}
              mayCreate={writer}
              onCreate={() => setPlanning(true)}
              onComplete={(followUp) => setLogging({ followUp })}
            />
            <ProfileCard customer={customer} />
            <OwnerHistoryCard history={customer.ownerHistory} />
          </Space>
        </Col>
      </Row>
      {writer && (
        <EditCustomerDrawer
          open={editing}
          customer={customer}
          reload={() => refetch()}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success(t('customers.edit.done', { name: customer.name }));
          }}
        />
      )}
      <LogActivityModal
        open={logging !== null}
        customerId={customer.id}
        followUp={logging?.followUp ?? null}
        onClose={() => setLogging(null)}
        onLogged={() => void refetch()}
      />
      {writer && <CreateFollowUpModal open={planning} customerId={customer.id} onClose={() => setPlanning(false)} />}
    </Space>
  );
}
