import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { actorUserId, AuditTrail, currentActor, NotFoundError, TransactionHost, Transactional, ValidationFailedError } from '@tradewind/platform';
import { companyToday, Money } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { DocumentKind, DocumentLanguage, DocumentModel, DocumentPriceBreakdown, DOCUMENT_KINDS, documentFileName, renderDocument } from '../documents';
import { INCOTERM_RULES, IncotermCode } from '../incoterms';
import { OrderService } from '../order/order.service';
import { SalesOrder } from '../order/sales-order.entity';
import { describeInstallment, formatPaymentTerms, PaymentTerms, storedInstallmentTerm } from '../payment-terms';
import { Product } from '../product/product.entity';
import { QuotationService } from '../quotation/quotation.service';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { OrderDocument } from './order-document.entity';

export type DocumentOwner = { type: 'order' | 'quotation' | 'shipment'; id: string };

/** A document's content before its version is known; `provisionalIssueDate`: its date is today's stand-in, not its own. */
export type DocumentModelToStore = Omit<DocumentModel, 'version'> & { provisionalIssueDate?: boolean };

/** Kinds generated from an order or a quotation (the packing list comes from a shipment, in logistics). */
const ORDER_KINDS: readonly DocumentKind[] = ['proforma_invoice', 'sales_contract', 'commercial_invoice'];

const CONTRACT_CLAUSES: Record<DocumentLanguage, string[]> = {
  en: [
    'Quality: as per the confirmed samples and specifications; the seller’s final inspection report is binding for quantity and quality at loading.',
    'Packing: export cartons suitable for ocean transport, marked as agreed.',
    'Shipment: partial shipment and transhipment allowed unless stated otherwise.',
    'Claims: any claim must be raised in writing within 30 days after arrival of the goods at the port of destination.',
    'Force majeure: neither party is liable for delay or non-performance caused by events beyond its reasonable control.',
    'Disputes: to be settled amicably; failing that, by arbitration at the China International Economic and Trade Arbitration Commission (CIETAC).',
  ],
  zh: [
    '品质：以确认的样品及规格为准；装运时卖方的最终检验报告作为数量和品质的依据。',
    '包装：适合海运的出口纸箱，唛头按约定。',
    '装运：除另有约定外，允许分批装运和转运。',
    '索赔：买方须在货到目的港后30日内以书面形式提出。',
    '不可抗力：任何一方因不可抗力造成的延误或不能履约，不承担责任。',
    '争议解决：双方友好协商；协商不成的，提交中国国际经济贸易仲裁委员会仲裁。',
  ],
};

// The departure value a C rule's price is built on; customs want the goods value apart from the freight and insurance in it.
const GOODS_VALUE_BASIS: Readonly<Partial<Record<IncotermCode, DocumentPriceBreakdown['basis']>>> = { CFR: 'FOB', CIF: 'FOB', CPT: 'FCA', CIP: 'FCA' };

/**
 * Generates documents from the record they belong to, never from retyped data. Each generation is
 * versioned: regenerating after a change makes version n+1, and regenerating an unchanged record
 * returns the latest version; old versions stay downloadable.
 */
@Injectable()
export class OrderDocumentService {
  /** Other modules say who may see their records' documents (logistics: shipments). */
  private readonly visibility = new Map<string, (id: string) => Promise<unknown>>();
  /** How an order's goods left (logistics registers it): what its commercial invoice states of the shipment. */
  private shipmentDetails: (orderId: string) => Promise<OrderShipmentDetails | null> = async () => null;

  constructor(
    readonly tx: TransactionHost,
    private readonly orders: OrderService,
    private readonly quotations: QuotationService,
    private readonly crm: CrmFacade,
    private readonly settings: OrdersSettingsService,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async generate(owner: DocumentOwner, kind: DocumentKind, language?: DocumentLanguage): Promise<OrderDocument> {
    if (!DOCUMENT_KINDS.includes(kind)) throw ValidationFailedError.field('kind', `must be one of ${DOCUMENT_KINDS.join(', ')}`);
    if (owner.type === 'order' && !ORDER_KINDS.includes(kind)) throw ValidationFailedError.field('kind', `an order generates ${ORDER_KINDS.join(', ')}; the packing list comes from a shipment`);
    if (owner.type === 'quotation' && kind !== 'quotation') throw ValidationFailedError.field('kind', 'a quotation generates the quotation document');
    const model = owner.type === 'order' ? await this.orderModel(owner.id, kind, language) : await this.quotationModel(owner.id, language);
    return this.store(owner.type, owner.id, model);
  }

  /**
   * Renders and stores a model as the next version, unless the latest version has the same content.
   * The issue date counts as content when it is the document's own (an invoice date, the order date);
   * a provisional one (today, for an invoice not yet dated) does not, or every day would make a version.
   */
  async store(ownerType: OrderDocument['ownerType'], ownerId: string, model: DocumentModelToStore): Promise<OrderDocument> {
    const { provisionalIssueDate, ...rendered } = model;
    const contentHash = createHash('sha256').update(JSON.stringify(provisionalIssueDate ? { ...rendered, issueDate: undefined } : rendered)).digest('hex');
    model = rendered;
    const latest = await this.tx.manager.findOne(OrderDocument, { where: { ownerType, ownerId, kind: model.kind, language: model.language }, order: { version: 'DESC' } });
    if (latest && latest.contentHash === contentHash) return latest;
    const version = (latest?.version ?? 0) + 1;
    const full: DocumentModel = { ...model, version };
    const content = await renderDocument(full);
    const document = this.tx.manager.create(OrderDocument, {
      ownerType, ownerId, kind: model.kind, language: model.language, version, number: model.number, fileName: documentFileName(full),
      contentHash, content, sizeBytes: content.length, createdById: actorUserId(currentActor()),
    });
    await this.tx.manager.save(document);
    await this.audit.record({ entityType: ownerType, entityId: ownerId, action: 'document_generated', changes: { [model.kind]: { from: latest?.version ?? null, to: version } } });
    return document;
  }

  /** Documents of a record the caller may see, newest first. */
  async list(owner: DocumentOwner, limit?: number): Promise<OrderDocument[]> {
    await this.assertVisible(owner);
    return this.listOfShown(owner, limit);
  }

  /**
   * `list` for an owner the caller is being shown (the `documents` field of an order or quotation
   * that was visible to be resolved), without checking its visibility again: on the order page that
   * check loaded the whole order a second time.
   */
  listOfShown(owner: DocumentOwner, limit = 200): Promise<OrderDocument[]> {
    return this.tx.readEntities(OrderDocument, 'd', 'WHERE d.owner_type = $1 AND d.owner_id = $2 ORDER BY d.created_at DESC, d.version DESC LIMIT $3', [owner.type, owner.id, limit]);
  }

  /** How many versions an owner's documents have in all (the lists above give the newest). */
  async countOfShown(owner: DocumentOwner): Promise<number> {
    const [row] = await this.tx.read<{ n: number }>('SELECT count(*)::int AS n FROM order_document WHERE owner_type = $1 AND owner_id = $2', [owner.type, owner.id]);
    return row.n;
  }

  /** The PDF bytes of a document whose record the caller may see. */
  async download(id: string): Promise<OrderDocument> {
    const document = await this.tx.manager.findOne(OrderDocument, { where: { id }, select: { id: true, ownerType: true, ownerId: true, fileName: true, content: true, kind: true, version: true, language: true, number: true, sizeBytes: true, createdAt: true } });
    if (!document) throw new NotFoundError('document', id, 'ORDERS_DOCUMENT_NOT_FOUND');
    await this.assertVisible({ type: document.ownerType as DocumentOwner['type'], id: document.ownerId }).catch(() => {
      throw new NotFoundError('document', id, 'ORDERS_DOCUMENT_NOT_FOUND');
    });
    return document;
  }

  registerShipmentDetails(details: (orderId: string) => Promise<OrderShipmentDetails | null>): void {
    this.shipmentDetails = details;
  }

  registerVisibility(ownerType: string, check: (id: string) => Promise<unknown>): void {
    this.visibility.set(ownerType, check);
  }

  private async assertVisible(owner: DocumentOwner): Promise<void> {
    if (owner.type === 'order') await this.orders.getVisible(owner.id);
    else if (owner.type === 'quotation') await this.quotations.getVisible(owner.id);
    else {
      const check = this.visibility.get(owner.type);
      if (!check) throw new NotFoundError('document owner', owner.id);
      await check(owner.id);
    }
  }

  private async orderModel(orderId: string, kind: DocumentKind, language?: DocumentLanguage): Promise<DocumentModelToStore> {
    const order = await this.orders.getVisible(orderId);
    const lines = await this.orders.lines([order.id]);
    const installments = await this.orders.installments([order.id]);
    const lang = language ?? (await this.buyerLanguage(order.customerId, order.contactId));
    const common = await this.common(order.customerId, order.contactId, lang);
    const products = await this.products(lines.map((l) => l.productId));
    // The agreed price, which the installments split: freight and insurance the seller bears are in the unit prices.
    const total = Money.sum(lines.map((l) => Money.of(l.amount, order.currency)), order.currency);
    const breakdown = kind === 'commercial_invoice' ? priceBreakdown(order, total) : undefined;
    const prefix = kind === 'commercial_invoice' ? 'CI' : kind === 'sales_contract' ? 'SC' : null;
    const shipped = kind === 'commercial_invoice' ? await this.shipmentDetails(order.id) : null;
    return {
      ...common,
      kind,
      language: lang,
      number: prefix ? order.number.replace(/^[A-Z]+/, prefix) : order.number,
      issueDate: kind === 'commercial_invoice' ? (order.invoiceDate ?? companyToday()) : order.orderDate,
      provisionalIssueDate: kind === 'commercial_invoice' && !order.invoiceDate,
      currency: order.currency,
      incoterm: { code: order.incotermCode as IncotermCode, place: order.incotermPlace },
      paymentTermsText: formatPaymentTerms(order.paymentTerms as PaymentTerms, lang),
      deliveryDate: order.deliveryDate ?? undefined,
      transportMode: order.transportMode,
      ...(shipped ? definedOnly(shipped) : {}),
      lines: lines.map((l) => ({ sku: l.sku ?? '', description: documentLineDescription(l.description, l.productId ? products.get(l.productId) : undefined, lang), hsCode: (l.productId && products.get(l.productId)?.hsCode) || undefined, quantity: l.quantity, unit: l.unit, unitPrice: trimZeros(l.unitPrice), amount: Money.of(l.amount, order.currency).toFixed() })),
      totals: { subtotal: total.toFixed(), total: total.toFixed(), ...(breakdown ? { breakdown } : {}) },
      installments: kind === 'proforma_invoice' || kind === 'sales_contract'
        ? installments.map((i) => {
            // The stored label is English; the schedule speaks the document's language, as its payment terms do.
            const term = storedInstallmentTerm(i);
            return { label: describeInstallment(term, lang, installments.length === 1), percentage: term.percentage, amount: Money.of(i.amount, order.currency).toFixed(), dueDate: i.dueDate };
          })
        : undefined,
      termsAndConditions: kind === 'sales_contract' ? CONTRACT_CLAUSES[lang] : undefined,
      remarks: order.notes ?? undefined,
    };
  }

  private async quotationModel(quotationId: string, language?: DocumentLanguage): Promise<Omit<DocumentModel, 'version'>> {
    const quotation = await this.quotations.getVisible(quotationId);
    const lines = await this.quotations.lines([quotation.id]);
    const lang = language ?? (await this.buyerLanguage(quotation.customerId, quotation.contactId));
    const products = await this.products(lines.map((l) => l.productId));
    const subtotal = Money.sum(lines.map((l) => Money.of(l.amount, quotation.currency)), quotation.currency);
    return {
      ...(await this.common(quotation.customerId, quotation.contactId, lang)),
      kind: 'quotation',
      language: lang,
      number: quotation.revision > 1 ? `${quotation.number}-R${quotation.revision}` : quotation.number,
      issueDate: quotation.createdAt.toISOString().slice(0, 10),
      validUntil: quotation.validUntil,
      currency: quotation.currency,
      incoterm: { code: quotation.incotermCode as IncotermCode, place: quotation.incotermPlace },
      paymentTermsText: formatPaymentTerms(quotation.paymentTerms, lang),
      lines: lines.map((l) => ({ sku: l.sku ?? '', description: documentLineDescription(l.description, l.productId ? products.get(l.productId) : undefined, lang), quantity: l.quantity, unit: l.unit, unitPrice: trimZeros(l.unitPrice), amount: Money.of(l.amount, quotation.currency).toFixed() })),
      totals: { subtotal: subtotal.toFixed(), total: subtotal.toFixed() },
      remarks: quotation.notes ?? undefined,
    };
  }

  /** Seller, bank and buyer for a document of the order, in the given language. */
  async partiesForOrder(orderId: string, language: DocumentLanguage): Promise<Pick<DocumentModel, 'seller' | 'bank' | 'buyer'>> {
    const order = await this.orders.getVisible(orderId);
    return this.common(order.customerId, order.contactId, language);
  }

  private async common(customerId: string, contactId: string | null, language: DocumentLanguage): Promise<Pick<DocumentModel, 'seller' | 'bank' | 'buyer'>> {
    const settings = await this.settings.get();
    const customer = await this.crm.getCustomer(customerId);
    const contacts = await this.crm.contacts(customer.id);
    const contact = contacts.find((c) => c.id === contactId) ?? contacts.find((c) => c.isPrimary) ?? contacts[0];
    return {
      seller: settings.company,
      bank: settings.bank,
      buyer: {
        name: language === 'zh' && customer.localName ? customer.localName : customer.name,
        address: [customer.address, customer.city].filter(Boolean).join(', '),
        country: customer.country ?? '',
        contactName: contact?.name,
        email: contact?.emails[0],
        phone: contact?.phones[0]?.e164 ?? contact?.phones[0]?.raw,
      },
    };
  }

  /** The buyer contact's preferred language decides (Chinese for zh*, English otherwise). */
  private async buyerLanguage(customerId: string, contactId: string | null): Promise<DocumentLanguage> {
    const contacts = await this.crm.contacts(customerId);
    const contact = contacts.find((c) => c.id === contactId) ?? contacts.find((c) => c.isPrimary) ?? contacts[0];
    return contact?.preferredLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  private async products(ids: (string | null)[]): Promise<Map<string, Product>> {
    const wanted = ids.filter((id): id is string => !!id);
    if (wanted.length === 0) return new Map();
    const rows = await this.tx.manager.findBy(Product, { id: In(wanted) });
    return new Map(rows.map((p) => [p.id, p]));
  }
}

/**
 * The commercial invoice's split of the total into goods value, freight and insurance under a C rule,
 * from the costs the seller bears. None when there are no such costs or they leave no goods value:
 * a split that does not add up would mislead customs more than none.
 */
function priceBreakdown(order: Pick<SalesOrder, 'incotermCode' | 'currency' | 'freightCost' | 'insuranceCost'>, total: Money): DocumentPriceBreakdown | undefined {
  const code = order.incotermCode as IncotermCode;
  const basis = GOODS_VALUE_BASIS[code];
  if (!basis) return undefined;
  const cost = (amount: string | null, borne: boolean): Money | null => {
    const money = borne && amount ? Money.of(amount, order.currency).round() : null;
    return money?.isPositive() ? money : null;
  };
  const rule = INCOTERM_RULES[code];
  const freight = cost(order.freightCost, rule.sellerPaysMainCarriage);
  // Under CFR and CPT the buyer insures: an insurance cost there is not part of the price.
  const insurance = cost(order.insuranceCost, rule.sellerInsurance !== 'none');
  if (!freight && !insurance) return undefined;
  const goodsValue = [freight, insurance].reduce<Money>((rest, part) => (part ? rest.subtract(part) : rest), total);
  if (!goodsValue.isPositive()) return undefined;
  return { basis, goodsValue: goodsValue.toFixed(), ...(freight ? { freight: freight.toFixed() } : {}), ...(insurance ? { insurance: insurance.toFixed() } : {}) };
}

/** A line's description as a document prints it: the product's name in the document's language first. */
export function documentLineDescription(description: string, product: Pick<Product, 'names'> | undefined, language: DocumentLanguage): string {
  const local = product?.names[language === 'zh' ? 'zh' : 'en'];
  return local && !description.includes(local) ? `${local} — ${description}` : description;
}

function trimZeros(amount: string): string {
  return amount.includes('.') ? amount.replace(/0+$/, '').replace(/\.$/, '') : amount;
}

/** What the shipments carrying an order tell its commercial invoice (several shipments: their values joined). */
export interface OrderShipmentDetails {
  portOfLoading?: string;
  portOfDischarge?: string;
  vessel?: string;
  transportDocumentNumber?: string;
}

function definedOnly(details: OrderShipmentDetails): OrderShipmentDetails {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value)) as OrderShipmentDetails;
}
