import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ContactInput } from '../../../gql/graphql';

export interface ContactValues {
  name: string;
  title?: string;
  emails?: string[];
  phones?: string[];
  whatsapp?: string;
  wechat?: string;
  birthday?: Dayjs | null;
  preferredLanguage?: string;
  isPrimary?: boolean;
}

/** Form names of a contact's fields, as the server's paths name them (messaging problems show above the form). */
export const CONTACT_FIELDS: readonly string[] = ['name', 'title', 'emails', 'phones', 'birthday', 'preferredLanguage', 'isPrimary'];

/**
 * Every field the form shows, a blank one as null: the server keeps what an input leaves out, so a
 * field the user emptied must be sent as null to be cleared. Messaging networks the form does not
 * show (Skype, Telegram, LINE) are left out and so keep their handles.
 */
export function contactInput(values: ContactValues): ContactInput {
  const text = (value: string | undefined): string | null => value?.trim() || null;
  const list = (items: string[] | undefined): string[] => (items ?? []).map((item) => item?.trim() ?? '').filter(Boolean);
  return {
    name: values.name.trim(),
    title: text(values.title),
    emails: list(values.emails),
    phones: list(values.phones),
    messaging: { whatsapp: text(values.whatsapp), wechat: text(values.wechat) },
    birthday: values.birthday ? values.birthday.format('YYYY-MM-DD') : null,
    preferredLanguage: text(values.preferredLanguage),
    isPrimary: values.isPrimary ?? false,
  };
}

export function contactValuesOf(contact: {
  name: string;
  title?: string | null;
  emails: readonly string[];
  phones: readonly { raw: string }[];
  messaging: { whatsapp?: string | null; wechat?: string | null };
  birthday?: string | null;
  preferredLanguage?: string | null;
  isPrimary: boolean;
}): ContactValues {
  return {
    name: contact.name,
    title: contact.title ?? undefined,
    emails: contact.emails.length ? [...contact.emails] : [''],
    phones: contact.phones.length ? contact.phones.map((phone) => phone.raw) : [''],
    whatsapp: contact.messaging.whatsapp ?? undefined,
    wechat: contact.messaging.wechat ?? undefined,
    birthday: contact.birthday ? dayjs(contact.birthday) : null,
    preferredLanguage: contact.preferredLanguage ?? undefined,
    isPrimary: contact.isPrimary,
  };
}

/** A list of single-line values (e-mails, phones), one input each so the server can point at one. */
function ValueList({
  name,
  label,
  addLabel,
  type,
  placeholder,
}: {
  name: (string | number)[];
  label: string;
  addLabel: string;
  type: 'email' | 'tel';
  placeholder: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} style={{ marginBottom: 8 }}>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name]}
                style={{ marginBottom: 8, width: 300 }}
                rules={
                  type === 'email'
                    ? [{ type: 'email', message: t('validation.email') }]
                    : [{ max: 40, message: t('validation.maxLength', { max: 40 }) }]
                }
              >
                <Input type={type === 'email' ? 'text' : 'tel'} aria-label={`${label} ${index + 1}`} placeholder={placeholder} />
              </Form.Item>
              {fields.length > 1 && (
                <MinusCircleOutlined aria-label={t('customers.contacts.removeValue')} onClick={() => remove(field.name)} />
              )}
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
            {addLabel}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/**
 * A contact's fields. `prefix` places them inside a list (the create form's contacts); `full` adds the
 * messaging handles, birthday and language the contact drawer offers.
 */
export function ContactFields({ prefix = [], full = false }: { prefix?: (string | number)[]; full?: boolean }) {
  const { t } = useTranslation();
  const at = (name: string): (string | number)[] => [...prefix, name];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={at('name')}
            label={t('customers.contacts.fields.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 200, message: t('validation.maxLength', { max: 200 }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={at('title')}
            label={t('customers.contacts.fields.title')}
            rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}
          >
            <Input placeholder={t('customers.contacts.titlePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <ValueList
        name={at('emails')}
        label={t('customers.contacts.fields.emails')}
        addLabel={t('customers.contacts.addEmail')}
        type="email"
        placeholder="name@company.com"
      />
      <ValueList
        name={at('phones')}
        label={t('customers.contacts.fields.phones')}
        addLabel={t('customers.contacts.addPhone')}
        type="tel"
        placeholder="+49 30 1234567"
      />
      {full && (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={at('whatsapp')} label="WhatsApp">
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={at('wechat')} label={t('customers.contacts.fields.wechat')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={at('birthday')} label={t('customers.contacts.fields.birthday')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={at('preferredLanguage')}
                label={t('customers.contacts.fields.preferredLanguage')}
                extra={t('customers.contacts.languageHint')}
              >
                <Input placeholder="en" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={at('isPrimary')} label={t('customers.contacts.fields.isPrimary')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
    </>
  );
}
