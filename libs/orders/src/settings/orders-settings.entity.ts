import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface CompanyProfile {
  name: string;
  nameLocal?: string;
  address: string;
  phone: string;
  email: string;
  website?: string;
  taxId?: string;
}

export interface BankDetails {
  beneficiary: string;
  bankName: string;
  bankAddress: string;
  accountNumber: string;
  swift: string;
}

export interface OrdersSettingsValue {
  company: CompanyProfile;
  bank: BankDetails;
  /** Number patterns: {YYYY} year, {SEQ:n} the sequence padded to n digits. */
  numbering: { order: string; quotation: string; purchaseOrder: string };
  /** Days a new quotation is valid. */
  quotationValidityDays: number;
  /** The currency customer figures (revenue, receivables) are reported in. */
  reportingCurrency: string;
  /**
   * Units of the reporting currency per unit of each order currency. A stopgap until the finance
   * module keeps daily FX rates; editable by admins.
   */
  fxRates: Record<string, string>;
}

export const DEFAULT_ORDERS_SETTINGS: OrdersSettingsValue = {
  company: {
    name: 'Ningbo Tradewind Industry & Trade Co., Ltd.',
    nameLocal: '宁波信风工贸有限公司',
    address: 'No. 88 Zhongshan East Road, Haishu District, Ningbo 315000, China',
    phone: '+86 574 8765 4321',
    email: 'sales@tradewind.demo',
    website: 'www.tradewind.demo',
  },
  bank: {
    beneficiary: 'Ningbo Tradewind Industry & Trade Co., Ltd.',
    bankName: 'Bank of China, Ningbo Branch',
    bankAddress: '139 Yaohang Street, Ningbo, China',
    accountNumber: '3588 0123 4567 8901',
    swift: 'BKCHCNBJ92A',
  },
  numbering: { order: 'PI-{YYYY}-{SEQ:4}', quotation: 'QT-{YYYY}-{SEQ:4}', purchaseOrder: 'PO-{YYYY}-{SEQ:4}' },
  quotationValidityDays: 30,
  reportingCurrency: 'USD',
  fxRates: { USD: '1', EUR: '1.08', GBP: '1.27', JPY: '0.0067', CNY: '0.14', AUD: '0.66', CAD: '0.73', CHF: '1.12', HKD: '0.128', SGD: '0.74', AED: '0.2723' },
};

@Entity('orders_settings')
export class OrdersSettings {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  @Column({ type: 'jsonb' })
  value!: OrdersSettingsValue;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
