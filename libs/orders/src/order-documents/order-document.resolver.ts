import { Args, Field, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, FirstArg, IdArg, ValidationFailedError } from '@tradewind/platform';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DocumentKind, DocumentLanguage } from '../documents';
import { OrderObject } from '../order/order.objects';
import { ORDER_MOVERS } from '../order/order.resolver';
import { QuotationObject } from '../quotation/quotation.resolver';
import { OrderDocument } from './order-document.entity';
import { OrderDocumentService } from './order-document.service';

@ObjectType('Document')
export class DocumentObject {
  @Field(() => ID) id!: string;
  @Field({ description: DOCUMENT_KINDS.join(', ') }) kind!: string;
  @Field() language!: string;
  @Field(() => Int) version!: number;
  @Field() number!: string;
  @Field() fileName!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() createdAt!: Date;
  @Field({ description: 'GET with the Bearer token; add ?inline=1 to preview in the browser.' }) downloadUrl!: string;

  static from(d: OrderDocument): DocumentObject {
    return { id: d.id, kind: d.kind, language: d.language, version: d.version, number: d.number, fileName: d.fileName, sizeBytes: d.sizeBytes, createdAt: d.createdAt, downloadUrl: `/api/documents/${d.id}` };
  }
}

export function documentLanguage(language: string | undefined): DocumentLanguage | undefined {
  if (language === undefined) return undefined;
  if (!(DOCUMENT_LANGUAGES as readonly string[]).includes(language)) throw ValidationFailedError.field('language', `must be ${DOCUMENT_LANGUAGES.join(' or ')}`);
  return language as DocumentLanguage;
}

@Resolver(() => OrderObject)
export class OrderDocumentResolver {
  constructor(private readonly documentService: OrderDocumentService) {}

  @Mutation(() => DocumentObject, { description: 'Generate a PI, sales contract or commercial invoice (a new version when the order changed). Language: the buyer\'s by default.' })
  @Access({ roles: ORDER_MOVERS, scope: 'orders:write' })
  async generateOrderDocument(@IdArg('orderId') orderId: string, @Args('kind') kind: string, @Args('language', { nullable: true }) language?: string): Promise<DocumentObject> {
    return DocumentObject.from(await this.documentService.generate({ type: 'order', id: orderId }, kind as DocumentKind, documentLanguage(language)));
  }

  @Mutation(() => DocumentObject)
  @Access({ roles: ORDER_MOVERS, scope: 'orders:write' })
  async generateQuotationDocument(@IdArg('quotationId') quotationId: string, @Args('language', { nullable: true }) language?: string): Promise<DocumentObject> {
    return DocumentObject.from(await this.documentService.generate({ type: 'quotation', id: quotationId }, 'quotation', documentLanguage(language)));
  }

  @ResolveField(() => [DocumentObject], { description: 'Generated versions, newest first; documentCount says how many in all, the timeline lists every one.' })
  async documents(@Parent() order: OrderObject, @FirstArg(50, 200) first: number): Promise<DocumentObject[]> {
    return (await this.documentService.listOfShown({ type: 'order', id: order.id }, first)).map(DocumentObject.from);
  }

  @ResolveField(() => Int, { description: 'How many document versions the order has.' })
  async documentCount(order: OrderObject): Promise<number> {
    return this.documentService.countOfShown({ type: 'order', id: order.id });
  }
}

@Resolver(() => QuotationObject)
export class QuotationDocumentResolver {
  constructor(private readonly documentService: OrderDocumentService) {}

  @ResolveField(() => [DocumentObject], { description: 'Generated versions, newest first.' })
  async documents(@Parent() quotation: QuotationObject, @FirstArg(50, 200) first: number): Promise<DocumentObject[]> {
    return (await this.documentService.listOfShown({ type: 'quotation', id: quotation.id }, first)).map(DocumentObject.from);
  }
}
