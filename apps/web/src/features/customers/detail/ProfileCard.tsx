import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFieldsFragment } from '../../../gql/graphql';
import { countryName } from '../shared/countries';
import { KeyDateSoon } from '../shared/KeyDateSoon';

/** The rest of the profile: address, trade terms, interests and notes. */
export function ProfileCard({ customer }: { customer: CustomerDetailFieldsFragment }) {
  const { t } = useTranslation();
  const dash = (value: string | null | undefined) => value || '—';
  return (
    <Card title={t('customers.detail.profile')}>
      <Descriptions size="small" column={1} labelStyle={{ width: 120 }}>
        <Descriptions.Item label={t('customers.fields.country')}>
          {customer.country ? `${countryName(customer.country)} (${customer.country})` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.city')}>{dash(customer.city)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.address')}>{dash(customer.address)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.industry')}>{dash(customer.industry)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.source')}>{dash(customer.source)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.usualIncoterm')}>{dash(customer.usualIncoterm)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.usualCurrency')}>{dash(customer.usualCurrency)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.usualPaymentTerms')}>{dash(customer.usualPaymentTerms)}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.priceSensitivity')}>
          {customer.priceSensitivity ? t(`customers.priceSensitivity.${customer.priceSensitivity}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.productsOfInterest')}>
          {customer.productsOfInterest.length ? customer.productsOfInterest.join(', ') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.companyAnniversary')}>
          {customer.companyAnniversary ? (
            <span data-testid="company-anniversary">
              {customer.companyAnniversary}
              <KeyDateSoon date={customer.companyAnniversary} />
            </span>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {customer.aliases.length > 0 && (
          <Descriptions.Item label={t('customers.fields.aliases')}>{customer.aliases.join(', ')}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('customers.fields.notes')}>
          {customer.notes ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{customer.notes}</Typography.Paragraph>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
