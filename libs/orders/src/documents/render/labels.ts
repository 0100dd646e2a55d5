import { DocumentKind, DocumentLanguage } from '../model';

/** Every word a document prints that does not come from the model. */
export interface DocumentLabels {
  titles: Readonly<Record<DocumentKind, string>>;
  number: string;
  revision: (version: number) => string;
  date: string;
  validUntil: string;
  continued: string;
  page: (page: number, pages: number) => string;
  tel: string;
  email: string;
  website: string;
  taxId: string;
  seller: string;
  buyer: string;
  contact: string;
  terms: string;
  incoterm: string;
  paymentTerms: string;
  deliveryDate: string;
  portOfLoading: string;
  portOfDischarge: string;
  transportMode: string;
  vessel: string;
  transportDocumentNumber: string;
  currency: string;
  lineNo: string;
  sku: string;
  description: string;
  hsCode: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  amount: string;
  /** The goods value a C-rule total is split into, e.g. "FOB value". */
  goodsValue: (basis: string) => string;
  freight: string;
  insurance: string;
  total: string;
  /** The total under its Incoterm when split into goods value, freight and insurance, e.g. "CIF total". */
  totalUnder: (code: string) => string;
  amountInWords: string;
  installments: string;
  installment: string;
  percentage: string;
  dueDate: string;
  dueOnEvent: string;
  bank: string;
  beneficiary: string;
  bankName: string;
  bankAddress: string;
  accountNumber: string;
  swift: string;
  accountCurrency: string;
  cartons: string;
  unitsPerCarton: string;
  netWeight: string;
  grossWeight: string;
  volume: string;
  packingTotal: string;
  termsAndConditions: string;
  remarks: string;
  forSeller: string;
  forBuyer: string;
  signature: string;
  signDate: string;
}

const EN: DocumentLabels = {
  titles: {
    quotation: 'QUOTATION',
    proforma_invoice: 'PROFORMA INVOICE',
    sales_contract: 'SALES CONTRACT',
    commercial_invoice: 'COMMERCIAL INVOICE',
    packing_list: 'PACKING LIST',
  },
  number: 'No.',
  revision: (version) => `Rev. ${version}`,
  date: 'Date',
  validUntil: 'Valid until',
  continued: '(continued)',
  page: (page, pages) => `Page ${page} of ${pages}`,
  tel: 'Tel',
  email: 'Email',
  website: 'Web',
  taxId: 'Tax ID',
  seller: 'Seller',
  buyer: 'Buyer',
  contact: 'Attn.',
  terms: 'Terms',
  incoterm: 'Trade term',
  paymentTerms: 'Payment terms',
  deliveryDate: 'Delivery date',
  portOfLoading: 'Port of loading',
  portOfDischarge: 'Port of discharge',
  transportMode: 'Shipment by',
  vessel: 'Vessel / voyage',
  transportDocumentNumber: 'B/L No.',
  currency: 'Currency',
  lineNo: 'No.',
  sku: 'Item No.',
  description: 'Description',
  hsCode: 'HS Code',
  quantity: 'Qty',
  unit: 'Unit',
  unitPrice: 'Unit Price',
  amount: 'Amount',
  goodsValue: (basis) => `${basis} value`,
  freight: 'Freight',
  insurance: 'Insurance',
  total: 'Total',
  totalUnder: (code) => `${code} total`,
  amountInWords: 'Total in words',
  installments: 'Payment schedule',
  installment: 'Installment',
  percentage: 'Share',
  dueDate: 'Due date',
  dueOnEvent: 'on event',
  bank: 'Bank details',
  beneficiary: 'Beneficiary',
  bankName: 'Bank',
  bankAddress: 'Bank address',
  accountNumber: 'Account No.',
  swift: 'SWIFT',
  accountCurrency: 'Account currency',
  cartons: 'Cartons',
  unitsPerCarton: 'Units/Ctn',
  netWeight: 'N.W. (kg)',
  grossWeight: 'G.W. (kg)',
  volume: 'CBM',
  packingTotal: 'Total',
  termsAndConditions: 'Terms and conditions',
  remarks: 'Remarks',
  forSeller: 'The Seller',
  forBuyer: 'The Buyer',
  signature: 'Authorized signature and company stamp',
  signDate: 'Date',
};

const ZH: DocumentLabels = {
  titles: {
    quotation: '报价单',
    proforma_invoice: '形式发票',
    sales_contract: '销售合同',
    commercial_invoice: '商业发票',
    packing_list: '装箱单',
  },
  number: '编号',
  revision: (version) => `第${version}版`,
  date: '日期',
  validUntil: '有效期至',
  continued: '（续）',
  page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  tel: '电话',
  email: '邮箱',
  website: '网址',
  taxId: '税号',
  seller: '卖方',
  buyer: '买方',
  contact: '联系人',
  terms: '交易条件',
  incoterm: '贸易术语',
  paymentTerms: '付款方式',
  deliveryDate: '交货日期',
  portOfLoading: '装运港',
  portOfDischarge: '目的港',
  transportMode: '运输方式',
  vessel: '船名航次',
  transportDocumentNumber: '提单号',
  currency: '币种',
  lineNo: '序号',
  sku: '货号',
  description: '品名及规格',
  hsCode: 'HS编码',
  quantity: '数量',
  unit: '单位',
  unitPrice: '单价',
  amount: '金额',
  goodsValue: (basis) => `${basis}货值`,
  freight: '运费',
  insurance: '保险费',
  total: '合计',
  totalUnder: (code) => `${code}总价`,
  amountInWords: '大写金额',
  installments: '付款计划',
  installment: '款项',
  percentage: '比例',
  dueDate: '到期日',
  dueOnEvent: '待定',
  bank: '银行信息',
  beneficiary: '收款人',
  bankName: '开户银行',
  bankAddress: '银行地址',
  accountNumber: '账号',
  swift: 'SWIFT代码',
  accountCurrency: '账户币种',
  cartons: '箱数',
  unitsPerCarton: '每箱数量',
  netWeight: '净重(千克)',
  grossWeight: '毛重(千克)',
  volume: '体积(m³)',
  packingTotal: '合计',
  termsAndConditions: '合同条款',
  remarks: '备注',
  forSeller: '卖方',
  forBuyer: '买方',
  signature: '授权代表签字及公司盖章',
  signDate: '日期',
};

export const DOCUMENT_LABELS: Readonly<Record<DocumentLanguage, DocumentLabels>> = { en: EN, zh: ZH };
