import { Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import {
  actorUserId,
  AuditTrail,
  ConflictError,
  currentActor,
  dataScopeOf,
  FieldProblems,
  keysetPage,
  NotFoundError,
  Page,
  PageArgs,
  RuleViolationError,
  Transactional,
  TransactionHost,
  User,
} from '@tradewind/platform';
import { companyToday, isIsoDate } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { NumberingService } from '../numbering/numbering.service';
import { applyOrderScope } from '../order/order.repository';
import { CustomerFiguresService } from '../order/customer-figures.service';
import { checkContact, LineInput, priceLines, requireCurrency, requireIncoterm, requirePaymentTerms } from '../order/order-values';
import { OrderService } from '../order/order.service';
import { SalesOrder } from '../order/sales-order.entity';
import { formatPaymentTerms } from '../payment-terms';
import { addDays } from '../payment-terms';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { Quotation, QuotationLine, QuotationStatus } from './quotation.entity';
import { suggestedNamedPlace, usualIncotermParts } from '../incoterms';

export interface QuotationData {
  customerId: string;
  contactId?: string | null;
  currency?: string;
  incotermCode?: string;
  incotermPlace?: string;
  paymentTerms?: string;
  validUntil?: string;
  notes?: string | null;
  lines: LineInput[];
}

/** Draft or sent, and the validity date has passed: the nightly job will mark it expired. */
export function isPastValidity(quotation: Pick<Quotation, 'status' | 'validUntil'>, today = companyToday()): boolean {
  return (quotation.status === 'draft' || quotation.status === 'sent') && quotation.validUntil < today;
}

const STATUS_MOVES: Readonly<Record<QuotationStatus, readonly QuotationStatus[]>> = {
  draft: ['sent'],
  sent: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
  expired: [],
};

/** Quotations: prefilled from the customer, revised as new versions, expired by date, converted into orders. */
@Injectable()
export class QuotationService {
  constructor(
    readonly tx: TransactionHost,
    private readonly crm: CrmFacade,
    private readonly numbering: NumberingService,
    private readonly settings: OrdersSettingsService,
    private readonly orders: OrderService,
    private readonly figures: CustomerFiguresService,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async create(data: QuotationData): Promise<Quotation> {
    const customer = await this.crm.getCustomer(data.customerId);
    const settings = await this.settings.get();
    const today = companyToday();
    const usual = usualIncotermParts(customer.usualIncoterm);
    const quotation = await this.build(
      this.tx.manager.create(Quotation, {
        number: await this.numbering.next(settings.numbering.quotation, today),
        revision: 1,
        isLatest: true,
        customerId: customer.id,
        status: 'draft',
        ownerId: this.ownerId(),
        teamId: currentActor().kind === 'user' ? (currentActor() as { teamId: string | null }).teamId : null,
      }),
      {
        ...data,
        currency: data.currency ?? customer.usualCurrency ?? 'USD',
        incotermCode: data.incotermCode ?? usual.code,
        incotermPlace: data.incotermPlace ?? (usual.place || suggestedNamedPlace(data.incotermCode ?? usual.code)),
        paymentTerms: data.paymentTerms ?? customer.usualPaymentTerms ?? 'T/T 30/70',
        validUntil: data.validUntil ?? addDays(today, settings.quotationValidityDays),
      },
    );
    await this.audit.record({ entityType: 'quotation', entityId: quotation.id, action: 'created', changes: { number: { from: null, to: quotation.number } } });
    await this.figures.publishFor([customer.id]);
    return quotation;
  }

  /** Edits a draft in place. */
  @Transactional()
  async update(id: string, data: Partial<QuotationData> & { version: number }): Promise<Quotation> {
    const quotation = await this.getVisible(id);
    if (quotation.version !== data.version) throw new ConflictError(`quotation ${quotation.number} was changed by someone else; reload and try again`, 'STALE_VERSION');
    if (quotation.status !== 'draft') throw new RuleViolationError(`quotation ${quotation.number} was ${quotation.status}; revise it to make a new version`, 'ORDERS_QUOTATION_NOT_DRAFT');
    const lines = data.lines ?? (await this.lines([quotation.id])).map(toLineInput);
    return this.build(quotation, { ...current(quotation), ...data, lines });
  }

  /** A new version of a quotation that was sent (or rejected/expired); the earlier one stays as it was. */
  @Transactional()
  async revise(id: string, data: Partial<QuotationData>): Promise<Quotation> {
    const previous = await this.getVisible(id);
    if (!previous.isLatest) throw new RuleViolationError(`revise the latest version of ${previous.number}`, 'ORDERS_QUOTATION_NOT_LATEST');
    if (previous.status === 'accepted' || previous.status === 'draft') throw new RuleViolationError(`quotation ${previous.number} is ${previous.status}; ${previous.status === 'draft' ? 'edit it instead' : 'it cannot be revised'}`, 'ORDERS_QUOTATION_NOT_REVISABLE');
    previous.isLatest = false;
    await this.tx.manager.save(previous);
    const lines = data.lines ?? (await this.lines([previous.id])).map(toLineInput);
    const settings = await this.settings.get();
    const today = companyToday();
    const next = this.tx.manager.create(Quotation, {
      number: previous.number,
      revision: previous.revision + 1,
      isLatest: true,
      customerId: previous.customerId,
      status: 'draft',
      ownerId: previous.ownerId,
      teamId: previous.teamId,
    });
    const revised = await this.build(next, { ...current(previous), validUntil: addDays(today, settings.quotationValidityDays), ...data, lines });
    await this.audit.record({ entityType: 'quotation', entityId: revised.id, action: 'revised', changes: { revision: { from: previous.revision, to: revised.revision } } });
    // A new draft is an open quotation the customer's figures count.
    await this.figures.publishFor([revised.customerId]);
    return revised;
  }

  @Transactional()
  async setStatus(id: string, status: QuotationStatus): Promise<Quotation> {
    const quotation = await this.getVisible(id);
    if (!quotation.isLatest) throw new RuleViolationError(`only the latest version of ${quotation.number} can change status`, 'ORDERS_QUOTATION_NOT_LATEST');
    if (!STATUS_MOVES[quotation.status].includes(status)) {
      throw new RuleViolationError(`quotation ${quotation.number} is ${quotation.status}; it can become ${STATUS_MOVES[quotation.status].join(' or ') || 'nothing else'}`, 'ORDERS_QUOTATION_STATUS');
    }
    if ((status === 'sent' || status === 'accepted') && isPastValidity(quotation)) {
      // The nightly job marks it expired; until then it must not be sent or accepted at an offer that lapsed.
      const next = quotation.status === 'draft' ? 'give it a new validity date' : 'revise it with a new validity date';
      const nextZh = quotation.status === 'draft' ? '请修改有效期后再发送' : '请修订报价并设定新的有效期';
      throw new RuleViolationError(`quotation ${quotation.number} expired on ${quotation.validUntil}; ${next}`, 'ORDERS_QUOTATION_EXPIRED', {
        messageZh: `报价单 ${quotation.number} 已于 ${quotation.validUntil} 过期；${nextZh}`,
      });
    }
    const from = quotation.status;
    quotation.status = status;
    await this.tx.manager.save(quotation);
    await this.audit.record({ entityType: 'quotation', entityId: id, action: 'status_changed', changes: { status: { from, to: status } } });
    await this.figures.publishFor([quotation.customerId]);
    return quotation;
  }

  /** Turns an accepted quotation into an order in one step (its lines, prices and terms). */
  @Transactional()
  async convert(id: string): Promise<SalesOrder> {
    // Locked: two conversions at once would each see no order yet and make one each.
    const visible = await this.getVisible(id);
    const quotation = (await this.tx.manager.findOne(Quotation, { where: { id: visible.id }, lock: { mode: 'pessimistic_write' } }))!;
    if (quotation.status !== 'accepted') throw new RuleViolationError(`quotation ${quotation.number} must be accepted before it becomes an order (it is ${quotation.status})`, 'ORDERS_QUOTATION_NOT_ACCEPTED');
    if (quotation.orderId) throw new RuleViolationError(`quotation ${quotation.number} already became an order`, 'ORDERS_QUOTATION_CONVERTED');
    const lines = await this.lines([quotation.id]);
    const order = await this.orders.create(
      {
        customerId: quotation.customerId,
        contactId: quotation.contactId,
        currency: quotation.currency,
        incotermCode: quotation.incotermCode,
        incotermPlace: quotation.incotermPlace,
        paymentTerms: quotation.paymentTermsText,
        ownerId: quotation.ownerId,
        notes: quotation.notes,
        lines: lines.map(toLineInput),
      },
      'quotation',
      quotation.id,
    );
    quotation.orderId = order.id;
    await this.tx.manager.save(quotation);
    return order;
  }

  /** Marks draft and sent quotations past their validity date expired; returns how many. */
  @Transactional()
  async expire(today = companyToday()): Promise<number> {
    const due = await this.tx.manager.find(Quotation, { where: { status: In(['draft', 'sent']), validUntil: LessThan(today) }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
    if (due.length === 0) return 0;
    await this.tx.manager.update(Quotation, { id: In(due.map((q) => q.id)) }, { status: 'expired' });
    await this.audit.recordMany(due.map((q) => ({ entityType: 'quotation', entityId: q.id, action: 'expired', changes: { status: { from: q.status, to: 'expired' } } })));
    await this.figures.publishFor(due.map((q) => q.customerId));
    return due.length;
  }

  async getVisible(id: string): Promise<Quotation> {
    const qb = applyOrderScope(this.tx.manager.createQueryBuilder(Quotation, 'o'), dataScopeOf(currentActor())).andWhere('o.id = :id', { id });
    const quotation = await qb.getOne();
    if (!quotation) throw new NotFoundError('quotation', id, 'ORDERS_QUOTATION_NOT_FOUND');
    return quotation;
  }

  async list(filter: { customerId?: string; status?: QuotationStatus; latestOnly?: boolean }, page: PageArgs): Promise<Page<Quotation>> {
    const qb = applyOrderScope(this.tx.manager.createQueryBuilder(Quotation, 'o'), dataScopeOf(currentActor()));
    if (filter.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.latestOnly !== false) qb.andWhere('o.is_latest');
    return keysetPage(qb, page, { expression: "date_trunc('milliseconds', o.created_at)", direction: 'DESC', valueOf: (q) => q.createdAt, idExpression: 'o.id', idOf: (q) => q.id });
  }

  /** The versions of a quotation the caller may see (a handover moves only the latest to its new owner). */
  versions(number: string, limit = 200): Promise<Quotation[]> {
    return applyOrderScope(this.tx.manager.createQueryBuilder(Quotation, 'o'), dataScopeOf(currentActor()))
      .andWhere('o.number = :number', { number })
      .orderBy('o.revision', 'DESC')
      .take(limit)
      .getMany();
  }

  lines(quotationIds: readonly string[]): Promise<QuotationLine[]> {
    return quotationIds.length ? this.tx.manager.find(QuotationLine, { where: { quotationId: In([...quotationIds]) }, order: { position: 'ASC' } }) : Promise.resolve([]);
  }

  /**
   * Moves a user's open quotations (draft/sent, latest) to another owner, with their earlier versions:
   * the new owner negotiates from the whole history. Used by CRM handovers; returns how many moved.
   */
  async reassignOpen(customerIds: string[], fromUserId: string, toUser: User): Promise<number> {
    if (customerIds.length === 0) return 0;
    const open = await this.tx.manager.find(Quotation, {
      select: { id: true, number: true },
      where: { customerId: In(customerIds), ownerId: fromUserId, status: In(['draft', 'sent']), isLatest: true },
    });
    if (open.length === 0) return 0;
    await this.tx.manager.update(Quotation, { number: In(open.map((q) => q.number)), ownerId: fromUserId }, { ownerId: toUser.id, teamId: toUser.teamId });
    return open.length;
  }

  private async build(quotation: Quotation, data: QuotationData): Promise<Quotation> {
    const problems = new FieldProblems();
    const currency = requireCurrency(data.currency!, 'input.currency', problems, (await this.settings.get()).fxRates);
    const incoterm = requireIncoterm(data.incotermCode!, data.incotermPlace!, undefined, problems);
    const terms = requirePaymentTerms(data.paymentTerms!, problems);
    const { lines, total } = priceLines(data.lines, currency, problems);
    if (data.lines.length === 0) problems.add('input.lines', 'a quotation needs at least one line', '报价单至少需要一行商品');
    const today = companyToday();
    if (data.validUntil && !isIsoDate(data.validUntil)) problems.add('input.validUntil', 'must be a date like 2026-12-31', '必须是 2026-12-31 这样的日期');
    // A date already stored may have passed (a draft left lying); a new one may not be in the past.
    else if (data.validUntil && data.validUntil !== quotation.validUntil && data.validUntil < today) {
      problems.add('input.validUntil', `must be today (${today}) or later`, `有效期不能早于今天（${today}）`);
    }
    await checkContact(this.crm, quotation.customerId, data.contactId, problems);
    problems.throwIfAny();
    Object.assign(quotation, {
      contactId: data.contactId ?? quotation.contactId ?? null,
      currency,
      incotermCode: incoterm.code,
      incotermPlace: incoterm.place,
      paymentTerms: terms,
      paymentTermsText: formatPaymentTerms(terms, 'en'),
      validUntil: data.validUntil ?? quotation.validUntil,
      notes: data.notes ?? quotation.notes ?? null,
      total: total.toFixed(),
    });
    await this.tx.manager.save(quotation);
    await this.tx.manager.delete(QuotationLine, { quotationId: quotation.id });
    await this.tx.manager.insert(
      QuotationLine,
      lines.map((l) => ({ quotationId: quotation.id, position: l.position, productId: l.productId ?? null, sku: l.sku ?? null, description: l.description, quantity: l.quantity, unit: l.unit ?? 'pcs', unitPrice: l.unitPrice, amount: l.amount.toFixed() })),
    );
    return quotation;
  }

  private ownerId(): string {
    const id = actorUserId(currentActor());
    if (!id) throw new RuleViolationError('quotations are made by signed-in users', 'ORDERS_NEEDS_USER');
    return id;
  }
}

function toLineInput(line: QuotationLine): LineInput {
  return { productId: line.productId, sku: line.sku, description: line.description, quantity: line.quantity, unit: line.unit, unitPrice: line.unitPrice };
}

function current(q: Quotation): Omit<QuotationData, 'lines'> {
  return { customerId: q.customerId, contactId: q.contactId, currency: q.currency, incotermCode: q.incotermCode, incotermPlace: q.incotermPlace, paymentTerms: q.paymentTermsText, validUntil: q.validUntil, notes: q.notes };
}
