import { Money, decimal } from '@tradewind/shared';
import { createPaymentTerms, formatPaymentTerms, scheduleInstallments } from '../../payment-terms';
import { DocumentKind, DocumentLanguage, DocumentLine, DocumentModel, DocumentPriceBreakdown, DocumentTotals, PackingLine } from '../model';

// Test factories: valid models whose figures add up, with overrides. Not used by production code.

const PRODUCTS = [
  { sku: 'LP-6060-40', en: 'LED panel light 600x600 40W 4000K', zh: 'LED面板灯 600x600 40W 4000K', hs: '9405.11', unit: 'pcs' },
  { sku: 'DL-R150-18', en: 'Round downlight 150 mm 18W, white housing', zh: '圆形筒灯 150毫米 18W 白色外壳', hs: '9405.11', unit: 'pcs' },
  { sku: 'HB-UFO-150', en: 'UFO high bay 150W IP65 with 1-10V dimming', zh: 'UFO工矿灯 150W IP65 1-10V调光', hs: '9405.19', unit: 'sets' },
] as const;

/** `count` lines with quantities 100, 200, … and unit prices that vary in cents (or yen). */
export function buildLines(count: number, language: DocumentLanguage = 'en', currency = 'USD'): DocumentLine[] {
  return Array.from({ length: count }, (_, i) => {
    const product = PRODUCTS[i % PRODUCTS.length];
    const quantity = String((i + 1) * 100);
    const unitPrice = currency === 'JPY' ? String(1250 + i * 10) : `${12 + i}.${String(35 + (i % 60)).padStart(2, '0')}`;
    return {
      sku: `${product.sku}-${String(i + 1).padStart(3, '0')}`,
      description: product[language],
      hsCode: product.hs,
      quantity,
      unit: product.unit,
      unitPrice,
      amount: Money.of(unitPrice, currency).multiply(quantity).round().toFixed(),
    };
  });
}

/**
 * Totals of the lines; with `included` freight and insurance, also the commercial invoice's split of the
 * total into the goods value (FOB unless another basis is given) and those costs.
 */
export function totalsOf(
  lines: readonly DocumentLine[],
  currency: string,
  included?: { freight?: string; insurance?: string; basis?: DocumentPriceBreakdown['basis'] },
): DocumentTotals {
  const total = Money.sum(
    lines.map((l) => Money.of(l.amount, currency)),
    currency,
  );
  const totals = { subtotal: total.toFixed(), total: total.toFixed() };
  if (!included) return totals;
  const { basis = 'FOB', freight, insurance } = included;
  const goodsValue = [freight ?? '0', insurance ?? '0'].reduce((rest, cost) => rest.subtract(Money.of(cost, currency)), total);
  return { ...totals, breakdown: { basis, goodsValue: goodsValue.toFixed(), freight, insurance } };
}

/** Packing for the given lines: 20 units a carton, 0.45 kg net per unit, 1.2 kg carton tare, 0.062 m³ a carton. */
export function packingFor(lines: readonly DocumentLine[]): PackingLine[] {
  return lines.map((line) => {
    const cartons = decimal(line.quantity).dividedBy(20);
    const net = decimal(line.quantity).times('0.45');
    return {
      sku: line.sku,
      description: line.description,
      cartons: cartons.toNumber(),
      unitsPerCarton: 20,
      quantity: line.quantity,
      netWeightKg: net.toFixed(),
      grossWeightKg: net.plus(cartons.times('1.2')).toFixed(),
      cbm: cartons.times('0.062').toFixed(),
    };
  });
}

export interface ModelSpec extends Partial<DocumentModel> {
  lineCount?: number;
}

/**
 * A complete model of `kind` in `language`: seller, bank, German buyer, FOB Ningbo, 30/70 T/T terms with
 * their installments, and totals that add up. Lines, currency and totals follow the overrides.
 */
export function buildDocumentModel({ lineCount = 3, ...overrides }: ModelSpec = {}): DocumentModel {
  const kind: DocumentKind = overrides.kind ?? 'proforma_invoice';
  const language: DocumentLanguage = overrides.language ?? 'en';
  const currency = overrides.currency ?? 'USD';
  const lines = overrides.lines ?? buildLines(lineCount, language, currency);
  const totals = overrides.totals ?? totalsOf(lines, currency);
  const terms = createPaymentTerms([
    { percentage: '30', method: 'TT', trigger: 'on_order' },
    { percentage: '70', method: 'TT', trigger: 'before_shipment' },
  ]);
  const installments = scheduleInstallments(terms, {
    total: Money.of(totals.total, currency),
    orderDate: '2026-03-02',
  }).map((i) => ({
    label: language === 'en' ? i.label : i.labelZh,
    percentage: i.percentage,
    amount: i.amount.toFixed(),
    dueDate: i.dueDate,
  }));

  return {
    number: 'PI-2026-0001',
    version: 1,
    issueDate: '2026-03-02',
    seller: {
      name: 'Ningbo Tradewind Lighting Co., Ltd.',
      nameLocal: '宁波信风照明有限公司',
      address: 'No. 88 Jiangnan Road, Beilun District, Ningbo 315800, China',
      phone: '+86 574 8688 6600',
      email: 'sales@tradewind-lighting.example',
      website: 'www.tradewind-lighting.example',
      taxId: '91330206MA2H8Q7X1K',
    },
    bank: {
      beneficiary: 'Ningbo Tradewind Lighting Co., Ltd.',
      bankName: 'Bank of China, Ningbo Branch',
      bankAddress: '139 Yaohang Street, Ningbo, Zhejiang, China',
      accountNumber: '3582 6688 1234 5678',
      swift: 'BKCHCNBJ92A',
      currency,
    },
    buyer: {
      name: 'Hamburg Lichttechnik GmbH',
      address: 'Am Sandtorkai 12, 20457 Hamburg',
      country: 'DE',
      contactName: 'Jana Becker',
      email: 'j.becker@lichttechnik.example',
      phone: '+49 40 1234 5678',
    },
    incoterm: { code: 'FOB', place: 'Ningbo' },
    paymentTermsText: formatPaymentTerms(terms, language),
    deliveryDate: '2026-04-20',
    portOfLoading: 'Ningbo',
    portOfDischarge: 'Hamburg',
    transportMode: 'sea',
    installments,
    packing: kind === 'packing_list' ? packingFor(lines) : undefined,
    ...overrides,
    kind,
    language,
    currency,
    lines,
    totals,
  };
}
