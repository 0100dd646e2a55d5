import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, MoneyObject, plainCopy, UserObject } from '@tradewind/platform';
import { Money } from '@tradewind/shared';
import { describeInstallment, formatPaymentTerms, PaymentTerms, storedInstallmentTerm } from '../payment-terms';
import { orderRisk } from './order-risk';
import { OrderComment, OrderInstallment, OrderLine, OrderStageChange, SalesOrder } from './sales-order.entity';

/** Undefined stays undefined: a board card reads only the columns its query selects (cardProperties). */
function money(amount: string | null, currency: string): MoneyObject | null;
function money(amount: string | null | undefined, currency: string): MoneyObject | null | undefined;
function money(amount: string | null | undefined, currency: string): MoneyObject | null | undefined {
  return amount == null ? amount : MoneyObject.of(amount, currency);
}

@ObjectType('OrderLine')
export class OrderLineObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field() description!: string;
  @Field({ description: 'Decimal string.' }) quantity!: string;
  @Field() unit!: string;
  @Field(() => MoneyObject, { description: 'Unit price with full precision.' }) unitPrice!: MoneyObject;
  @Field(() => MoneyObject) amount!: MoneyObject;

  static from(l: OrderLine, currency: string): OrderLineObject {
    return plainCopy(l, { unitPrice: { amount: l.unitPrice.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), currency }, amount: money(l.amount, currency)! });
  }
}

@ObjectType('Installment')
export class InstallmentObject {
  @Field(() => Int) sequence!: number;
  @Field({ description: 'on_order, before_shipment, against_bl_copy, days_after_bl, days_after_invoice, lc_at_sight, dp_at_sight' }) trigger!: string;
  @Field() method!: string;
  @Field() percentage!: string;
  @Field(() => Int, { nullable: true }) days!: number | null;
  @Field() label!: string;
  @Field({ description: 'The label in Chinese ("30%电汇定金").' }) labelZh!: string;
  @Field(() => MoneyObject) amount!: MoneyObject;
  @Field(() => MoneyObject) paid!: MoneyObject;
  @Field(() => MoneyObject) open!: MoneyObject;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until the triggering event has a date.' }) dueDate!: string | null;
  @Field({ description: "Still open after its due date (the company's date). Never for a draft or cancelled order, which owes nothing, as in the customer's receivables." })
  overdue!: boolean;

  /** `only`: the order's single installment ("100% T/T in advance" rather than "deposit"). */
  static from(i: OrderInstallment, currency: string, overdue: boolean, only = false): InstallmentObject {
    const amount = Money.of(i.amount, currency);
    const paid = Money.of(i.paidAmount, currency);
    // The stored label is English (written with the schedule); the Chinese one is described from the same term.
    return plainCopy(i, { labelZh: describeInstallment(storedInstallmentTerm(i), 'zh', only), amount: MoneyObject.from(amount), paid: MoneyObject.from(paid), open: MoneyObject.from(amount.subtract(paid)), overdue });
  }
}

@ObjectType('IncotermFinding')
export class IncotermFindingObject {
  @Field({ description: 'error or warning' }) severity!: string;
  @Field() code!: string;
  @Field() message!: string;
  @Field() messageZh!: string;
}

@ObjectType('StageMove')
export class StageMoveObject {
  @Field() to!: string;
  @Field({ description: 'forward, skip, hold, resume, cancel or none' }) kind!: string;
  @Field() allowed!: boolean;
  @Field(() => [String], { description: 'Why the move is refused (English).' }) reasons!: string[];
  @Field(() => [String]) reasonsZh!: string[];
}

@ObjectType('StageChange')
export class StageChangeObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) fromStage!: string | null;
  @Field() toStage!: string;
  @Field(() => ID, { nullable: true }) byUserId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;

  static from(c: OrderStageChange): StageChangeObject {
    return plainCopy(c);
  }
}

@ObjectType('OrderComment')
export class OrderCommentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) authorId!: string;
  @Field(() => UserObject, { nullable: true }) author?: UserObject | null;
  @Field() body!: string;
  @Field(() => [ID]) mentionedUserIds!: string[];
  @Field(() => [UserObject], { description: 'The colleagues the comment notified, in the order mentioned (deleted users left out).' })
  mentioned!: UserObject[];
  @Field() createdAt!: Date;

  static from(c: OrderComment): OrderCommentObject {
    return { ...plainCopy(c), mentioned: [] };
  }
}

@ObjectType('Order')
export class OrderObject {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => ID) customerId!: string;
  @Field() customerName!: string;
  @Field(() => String, { nullable: true }) customerCountry!: string | null;
  @Field(() => ID, { nullable: true }) contactId!: string | null;
  @Field(() => ID, { nullable: true }) quotationId!: string | null;
  @Field() currency!: string;
  @Field() incotermCode!: string;
  @Field() incotermPlace!: string;
  @Field() transportMode!: string;
  @Field({ description: 'The payment terms in English, as stored (parsePaymentTerms reads them back).' }) paymentTerms!: string;
  @Field({ description: 'The same terms in Chinese, e.g. 30%电汇定金，70%电汇发货前付款 (also read back when sent as paymentTerms).' }) paymentTermsZh!: string;
  @Field() orderDate!: string;
  @Field(() => String, { nullable: true }) deliveryDate!: string | null;
  @Field(() => String, { nullable: true }) expectedShipDate!: string | null;
  @Field(() => ID) ownerId!: string;
  @Field(() => ID, { nullable: true }) merchandiserId!: string | null;
  @Field() stage!: string;
  @Field(() => String, { nullable: true }) resumeStage!: string | null;
  @Field({ description: "True when production expects to ship after the agreed delivery date, or when a confirmed order has not shipped by it (as of the company's date)." })
  atRisk!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the order is at risk, in English; null when it is not.' }) riskReason!: string | null;
  @Field(() => MoneyObject) total!: MoneyObject;
  @Field(() => MoneyObject, { nullable: true }) freightCost!: MoneyObject | null;
  @Field(() => MoneyObject, { nullable: true }) insuranceCost!: MoneyObject | null;
  @Field(() => MoneyObject, { nullable: true }) importDutyCost!: MoneyObject | null;
  @Field(() => String, { nullable: true }) bookingNumber!: string | null;
  @Field(() => String, { nullable: true }) blNumber!: string | null;
  @Field(() => String, { nullable: true }) blDate!: string | null;
  @Field(() => Date, { nullable: true }) customsClearedAt!: Date | null;
  @Field(() => Date, { nullable: true }) documentsSentAt!: Date | null;
  @Field() origin!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  /** Not fields: what the Incoterm checks read of the order's shipments. */
  shipmentFreightBooked?: boolean;
  shipmentInsuranceBooked?: boolean;

  static from(o: SalesOrder): OrderObject {
    // A card that selects neither field reads neither column (cardProperties), and gets neither.
    const risk = o.atRisk === undefined ? undefined : orderRisk(o);
    return plainCopy(o, {
      atRisk: risk === undefined ? undefined! : risk.atRisk,
      riskReason: risk === undefined ? undefined! : risk.reason,
      paymentTerms: o.paymentTermsText,
      paymentTermsZh: o.paymentTerms === undefined ? undefined! : formatPaymentTerms(o.paymentTerms as PaymentTerms, 'zh'),
      total: money(o.total, o.currency)!,
      freightCost: money(o.freightCost, o.currency),
      insuranceCost: money(o.insuranceCost, o.currency),
      importDutyCost: money(o.importDutyCost, o.currency),
    });
  }
}

/**
 * Order fields made from properties of other names (OrderObject.from), or answered from them (owner: the
 * board prefetches it by ownerId; contentLocked from the stage; the risk also from the stage and delivery date).
 */
const RISK_PROPERTIES = ['atRisk', 'riskReason', 'stage', 'deliveryDate'];
const FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  paymentTerms: ['paymentTermsText'],
  paymentTermsZh: ['paymentTerms'],
  owner: ['ownerId'],
  contentLocked: ['stage'],
  atRisk: RISK_PROPERTIES,
  riskReason: RISK_PROPERTIES,
};
/** Read for every card whatever the query selects: the board groups by stage, money carries the currency, owners and customers are found by id. */
const CARD_KEYS = ['id', 'stage', 'currency', 'ownerId', 'customerId'];

/**
 * The SalesOrder properties a board card needs for the Order fields a query selects (`fields`, from
 * selectedFields), given the entity's column properties; undefined, meaning the whole order, when a
 * field is resolved from more than one column of its own (lines, stage moves, timeline...). A card of
 * 40 columns costs the API more to receive and parse than the 15 the SPA's board shows.
 */
export function cardProperties(fields: Iterable<string>, columns: ReadonlySet<string>): Set<string> | undefined {
  const properties = new Set(CARD_KEYS);
  for (const field of fields) {
    if (field === '__typename') continue;
    for (const property of FIELD_PROPERTIES[field] ?? [field]) {
      if (!columns.has(property)) return undefined;
      properties.add(property);
    }
  }
  return properties;
}

@ObjectType() export class OrderConnection extends Connection(OrderObject, 'Order') {}

@ObjectType('OrderBoardColumn')
export class OrderBoardColumnObject {
  @Field() stage!: string;
  @Field(() => Int) totalCount!: number;
  @Field(() => [OrderObject], { description: 'The first cards; page further with orders(filter: { stages: [stage] }).' }) orders!: OrderObject[];
}
