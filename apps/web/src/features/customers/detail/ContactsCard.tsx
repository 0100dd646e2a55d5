import { DeleteOutlined, EditOutlined, GiftOutlined, MailOutlined, PhoneOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Button, Card, Empty, List, Popconfirm, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { evictCustomerLists } from '../shared/cache';
import { KeyDateSoon } from '../shared/KeyDateSoon';
import { ContactDrawer } from './ContactDrawer';
import { RemoveContactMutation } from './customer360.graphql';

interface ContactsCardProps {
  customerId: string;
  contacts: readonly ContactDetailFieldsFragment[];
  editable: boolean;
}

/** A contact's birthday, flagged when it comes round soon: a reason to write before the day. */
function Birthday({ date }: { date: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="contact-birthday">
      <GiftOutlined /> {t('customers.contacts.birthdayOn', { date: dayjs(date).format(t('customers.contacts.birthdayFormat')) })}
      <KeyDateSoon date={date} />
    </Typography.Text>
  );
}

/** The people at the customer, with their channels; writers add, edit and remove them. */
export function ContactsCard({ customerId, contacts, editable }: ContactsCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ContactDetailFieldsFragment | null | undefined>(undefined);
  const [removeContact] = useMutation(RemoveContactMutation, { update: evictCustomerLists, refetchQueries: ['CustomerDetail'] });

  const remove = async (contact: ContactDetailFieldsFragment): Promise<void> => {
    try {
      await removeContact({ variables: { id: contact.id } });
      void message.success(t('customers.contacts.removed', { name: contact.name }));
    } catch (error) {
      void message.error(problemText(serverProblem(error), t));
    }
  };

  return (
    <Card
      title={t('customers.contacts.titleCount', { count: contacts.length })}
      data-testid="contacts-card"
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('customers.contacts.add')}
          </Button>
        )
      }
    >
      {contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.contacts.empty')} />
      ) : (
        <List
          itemLayout="horizontal"
          dataSource={[...contacts]}
          renderItem={(contact) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Tooltip key="edit" title={t('customers.contacts.edit')}>
                        <Button
                          type="text"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('customers.contacts.editNamed', { name: contact.name })}
                          onClick={() => setEditing(contact)}
                        />
                      </Tooltip>,
                      <Popconfirm
                        key="remove"
                        title={t('customers.contacts.confirmRemove', { name: contact.name })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => remove(contact)}
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('customers.contacts.removeNamed', { name: contact.name })}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space size={6}>
                    <Typography.Text strong>{contact.name}</Typography.Text>
                    {contact.isPrimary && (
                      <Tooltip title={t('customers.contacts.primary')}>
                        <StarFilled style={{ color: '#faad14' }} />
                      </Tooltip>
                    )}
                    {contact.title && <Typography.Text type="secondary">{contact.title}</Typography.Text>}
                  </Space>
                }
                description={
                  <Space direction="vertical" size={0}>
                    {contact.emails.map((email) => (
                      <Typography.Text key={email} copyable={{ text: email, tooltips: [t('common.copy'), t('common.copied')] }}>
                        <MailOutlined /> {email}
                      </Typography.Text>
                    ))}
                    {contact.phones.map((phone) => (
                      // As typed (raw input is kept for display); the normalised number dials.
                      <Typography.Text key={phone.raw}>
                        <PhoneOutlined /> {phone.e164 ? <a href={`tel:${phone.e164}`} title={phone.e164}>{phone.raw}</a> : phone.raw}
                      </Typography.Text>
                    ))}
                    {contact.birthday && <Birthday date={contact.birthday} />}
                    {(contact.messaging.whatsapp || contact.messaging.wechat) && (
                      <Typography.Text type="secondary">
                        {[
                          contact.messaging.whatsapp && `WhatsApp ${contact.messaging.whatsapp}`,
                          contact.messaging.wechat && `${t('customers.contacts.fields.wechat')} ${contact.messaging.wechat}`,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography.Text>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <ContactDrawer
        customerId={customerId}
        contact={editing}
        onClose={() => setEditing(undefined)}
        onSaved={(name) => {
          setEditing(undefined);
          void message.success(t('customers.contacts.saved', { name }));
        }}
      />
    </Card>
  );
}
