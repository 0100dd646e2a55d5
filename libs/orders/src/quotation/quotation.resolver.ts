import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Access, Connection, FieldProblems, FirstArg, IdArg, IdsArg, MoneyObject, OptionalIdArg, PageArgs, requestLoader, toConnection, ValidationFailedError } from '@tradewind/platform';
import { isUuid } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { LineInput } from '../order/inputs/order.inputs';
import { OrderObject } from '../order/order.objects';
import { requireCurrency } from '../order/order-values';
import { formatPaymentTerms } from '../payment-terms';
import { ORDER_WRITERS } from '../order/order.resolver';
import { ProductService } from '../product/product.service';
import { Quotation, QuotationLine, QUOTATION_STATUSES, QuotationStatus } from './quotation.entity';
import { isPastValidity, QuotationService } from './quotation.service';
import { suggestedNamedPlace, usualIncotermParts } from '../incoterms';

@InputType()
class QuotationFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(3) currency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) incotermCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) incotermPlace?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) paymentTerms?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601({ strict: true }) validUntil?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class CreateQuotationInput extends QuotationFields {
  @Field(() => ID) @IsUUID() customerId!: string;
  @Field(() => [LineInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LineInput) lines!: LineInput[];
}

@InputType()
export class UpdateQuotationInput extends QuotationFields {
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => [LineInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LineInput) lines?: LineInput[];
}

@InputType()
export class ReviseQuotationInput extends QuotationFields {
  @Field(() => [LineInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LineInput) lines?: LineInput[];
}

@ObjectType('QuotationLine')
export class QuotationLineObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field() description!: string;
  @Field() quantity!: string;
  @Field() unit!: string;
  @Field(() => MoneyObject) unitPrice!: MoneyObject;
  @Field(() => MoneyObject) amount!: MoneyObject;
}

@ObjectType('Quotation')
export class QuotationObject {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => Int) revision!: number;
  @Field() isLatest!: boolean;
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { nullable: true }) contactId!: string | null;
  @Field() currency!: string;
  @Field() incotermCode!: string;
  @Field() incotermPlace!: string;
  @Field({ description: 'The payment terms in English, as stored.' }) paymentTerms!: string;
  @Field({ description: 'The same terms in Chinese.' }) paymentTermsZh!: string;
  @Field() validUntil!: string;
  @Field({ description: QUOTATION_STATUSES.join(', ') }) status!: string;
  @Field({ description: 'Draft or sent, and past its validity date (in the company\'s time zone): it can no longer be sent or accepted, and the nightly job will mark it expired.' })
  pastValidity!: boolean;
  @Field(() => ID) ownerId!: string;
  @Field(() => MoneyObject) total!: MoneyObject;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => ID, { nullable: true }) orderId!: string | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;

  static from(q: Quotation): QuotationObject {
    return { ...q, paymentTerms: q.paymentTermsText, paymentTermsZh: formatPaymentTerms(q.paymentTerms, 'zh'), pastValidity: isPastValidity(q), total: MoneyObject.of(q.total, q.currency) };
  }
}

@ObjectType() export class QuotationConnection extends Connection(QuotationObject, 'Quotation') {}

@ObjectType('ProductPriceHint')
export class ProductPriceHintObject {
  @Field(() => ID) productId!: string;
  @Field(() => MoneyObject, { nullable: true, description: 'The list price in the asked currency, if any.' }) listPrice!: MoneyObject | null;
  @Field(() => MoneyObject, { nullable: true, description: 'What this customer paid last time.' }) lastPrice!: MoneyObject | null;
  @Field(() => String, { nullable: true }) lastOrderNumber!: string | null;
  @Field(() => String, { nullable: true }) lastOrderDate!: string | null;
}

@ObjectType('QuotationDefaults', { description: 'What a new quotation for this customer starts with.' })
export class QuotationDefaultsObject {
  @Field() currency!: string;
  @Field() incotermCode!: string;
  @Field() incotermPlace!: string;
  @Field() paymentTerms!: string;
  @Field(() => [ProductPriceHintObject]) prices!: ProductPriceHintObject[];
}

const trimDecimal = (amount: string) => amount.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

@Resolver(() => QuotationObject)
export class QuotationResolver {
  constructor(
    private readonly quotationService: QuotationService,
    private readonly products: ProductService,
    private readonly crm: CrmFacade,
  ) {}

  @Query(() => QuotationDefaultsObject, { description: 'Prefill for a new quotation: the customer\'s usual terms and, per product, list and last prices.' })
  @Access({ scope: 'orders:read' })
  async quotationDefaults(
    @IdArg('customerId') customerId: string,
    @IdsArg('productIds', { defaultValue: [] }) productIds: string[],
    @Args('currency', { nullable: true }) currency?: string,
    @Args('excludeOrderId', { type: () => ID, nullable: true, description: 'The order being edited: its own lines are not its last prices.' }) excludeOrderId?: string | null,
  ): Promise<QuotationDefaultsObject> {
    const problems = new FieldProblems();
    const asked = currency ? requireCurrency(currency, 'currency', problems) : undefined;
    if (excludeOrderId && !isUuid(excludeOrderId)) problems.add('excludeOrderId', `"${excludeOrderId}" is not an id`, `“${excludeOrderId}”不是有效的 ID`);
    problems.throwIfAny();
    const customer = await this.crm.getCustomer(customerId);
    const chosen = asked ?? customer.usualCurrency ?? 'USD';
    const { code, place } = usualIncotermParts(customer.usualIncoterm);
    const last = await this.products.lastPrices(customer.id, productIds, excludeOrderId);
    const list = await this.products.prices(productIds);
    return {
      currency: chosen,
      incotermCode: code,
      incotermPlace: place || suggestedNamedPlace(code),
      paymentTerms: customer.usualPaymentTerms ?? 'T/T 30/70',
      prices: productIds.map((productId) => {
        const listPrice = list.find((p) => p.productId === productId && p.currency === chosen);
        const lastPrice = last.get(productId);
        return {
          productId,
          listPrice: listPrice ? { amount: trimDecimal(listPrice.amount), currency: chosen } : null,
          lastPrice: lastPrice ? { amount: lastPrice.unitPrice, currency: lastPrice.currency } : null,
          lastOrderNumber: lastPrice?.orderNumber ?? null,
          lastOrderDate: lastPrice?.orderDate ?? null,
        };
      }),
    };
  }

  @Query(() => QuotationObject)
  @Access({ scope: 'orders:read' })
  async quotation(@IdArg() id: string): Promise<QuotationObject> {
    return QuotationObject.from(await this.quotationService.getVisible(id));
  }

  @Query(() => QuotationConnection)
  @Access({ scope: 'orders:read' })
  async quotations(@Args() page: PageArgs, @OptionalIdArg('customerId') customerId?: string, @Args('status', { nullable: true }) status?: string) {
    return toConnection(await this.quotationService.list({ customerId, status: status as QuotationStatus | undefined }, page), QuotationObject.from);
  }

  @Mutation(() => QuotationObject)
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async createQuotation(@Args('input') input: CreateQuotationInput): Promise<QuotationObject> {
    return QuotationObject.from(await this.quotationService.create(input));
  }

  @Mutation(() => QuotationObject)
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async updateQuotation(@IdArg() id: string, @Args('input') input: UpdateQuotationInput): Promise<QuotationObject> {
    return QuotationObject.from(await this.quotationService.update(id, input));
  }

  @Mutation(() => QuotationObject, { description: 'A new version of a sent quotation; the earlier one is kept.' })
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async reviseQuotation(@IdArg() id: string, @Args('input', { nullable: true }) input?: ReviseQuotationInput): Promise<QuotationObject> {
    return QuotationObject.from(await this.quotationService.revise(id, input ?? {}));
  }

  @Mutation(() => QuotationObject, { description: 'sent, accepted or rejected.' })
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async setQuotationStatus(@IdArg() id: string, @Args('status') status: string): Promise<QuotationObject> {
    if (!(['sent', 'accepted', 'rejected'] as string[]).includes(status)) throw ValidationFailedError.field('status', 'must be sent, accepted or rejected');
    return QuotationObject.from(await this.quotationService.setStatus(id, status as QuotationStatus));
  }

  @Mutation(() => OrderObject, { description: 'Turn an accepted quotation into an order.' })
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async convertQuotation(@IdArg() id: string): Promise<OrderObject> {
    return OrderObject.from(await this.quotationService.convert(id));
  }

  @ResolveField(() => [QuotationLineObject])
  async lines(quotation: QuotationObject): Promise<QuotationLineObject[]> {
    const lines = await requestLoader<string, QuotationLine[]>('orders.quotationLines', async (ids) => {
      const rows = await this.quotationService.lines(ids);
      return ids.map((id) => rows.filter((r) => r.quotationId === id));
    }).load(quotation.id);
    return lines.map((l) => ({ ...l, unitPrice: { amount: trimDecimal(l.unitPrice), currency: quotation.currency }, amount: MoneyObject.of(l.amount, quotation.currency) }));
  }

  @ResolveField(() => [QuotationObject], { description: 'The versions of this quotation the caller may see, newest first.' })
  async versions(@Parent() quotation: QuotationObject, @FirstArg(50, 200) first: number): Promise<QuotationObject[]> {
    return (await this.quotationService.versions(quotation.number, first)).map(QuotationObject.from);
  }
}
