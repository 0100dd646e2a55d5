import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Access, Connection, GraphQLJSON, IdArg, MoneyObject, offsetOf, PageArgs, requestLoader, TextArg, toConnection } from '@tradewind/platform';
import { Product, ProductPrice } from './product.entity';
import { ProductService } from './product.service';

@InputType()
export class PriceInput {
  @Field() @IsString() @MaxLength(3) currency!: string;
  @Field() @IsString() @MaxLength(30) amount!: string;
}

@InputType()
export class ProductFields {
  @Field(() => GraphQLJSON, { nullable: true, description: 'Names by language, e.g. {"en":"Claw hammer","zh":"羊角锤"}.' }) @IsOptional() names?: Record<string, string>;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() descriptions?: Record<string, string>;
  @Field({ nullable: true, description: '6–10 digits; dots allowed (8467.29.2000).' }) @IsOptional() @IsString() @MaxLength(20) hsCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) customsName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) unit?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) unitsPerCarton?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() cartonLengthCm?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() cartonWidthCm?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() cartonHeightCm?: string;
  @Field({ nullable: true, description: 'Per full carton.' }) @IsOptional() @IsString() netWeightKg?: string;
  @Field({ nullable: true, description: 'Per full carton.' }) @IsOptional() @IsString() grossWeightKg?: string;
  @Field({ nullable: true, description: 'Export VAT rebate rate in percent.' }) @IsOptional() @IsString() vatRebateRate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() defaultCost?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(3) costCurrency?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() defaultSupplierId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => [PriceInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => PriceInput) listPrices?: PriceInput[];
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field() @IsString() @MinLength(1) @MaxLength(60) sku!: string;
}

@InputType()
export class UpdateProductInput extends ProductFields {
  @Field(() => Int) @IsInt() version!: number;
}

@ObjectType('Product')
export class ProductObject {
  @Field(() => ID) id!: string;
  @Field() sku!: string;
  @Field(() => GraphQLJSON) names!: Record<string, string>;
  @Field(() => GraphQLJSON) descriptions!: Record<string, string>;
  @Field({ description: 'English name, else the first one.' }) name!: string;
  @Field(() => String, { nullable: true }) hsCode!: string | null;
  @Field(() => String, { nullable: true }) customsName!: string | null;
  @Field() unit!: string;
  @Field(() => Int, { nullable: true }) unitsPerCarton!: number | null;
  @Field(() => String, { nullable: true }) cartonLengthCm!: string | null;
  @Field(() => String, { nullable: true }) cartonWidthCm!: string | null;
  @Field(() => String, { nullable: true }) cartonHeightCm!: string | null;
  @Field(() => String, { nullable: true }) netWeightKg!: string | null;
  @Field(() => String, { nullable: true }) grossWeightKg!: string | null;
  @Field() vatRebateRate!: string;
  @Field(() => String, { nullable: true }) defaultCost!: string | null;
  @Field(() => String, { nullable: true }) costCurrency!: string | null;
  @Field(() => ID, { nullable: true }) defaultSupplierId!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;

  static from(p: Product): ProductObject {
    return { ...p, name: p.names.en ?? Object.values(p.names)[0] ?? p.sku };
  }
}

@ObjectType() export class ProductConnection extends Connection(ProductObject, 'Product') {}

@Resolver(() => ProductObject)
export class ProductResolver {
  constructor(private readonly products: ProductService) {}

  @Query(() => ProductConnection)
  @Access({ scope: 'orders:read' })
  async productCatalogue(@Args() page: PageArgs, @Args('activeOnly', { type: () => Boolean, defaultValue: true }) activeOnly: boolean, @TextArg('search', 200, { nullable: true }) search?: string) {
    return toConnection(await this.products.list(search, activeOnly, offsetOf(page), page.first), ProductObject.from);
  }

  @Query(() => ProductObject)
  @Access({ scope: 'orders:read' })
  async product(@IdArg() id: string): Promise<ProductObject> {
    return ProductObject.from(await this.products.get(id));
  }

  @Mutation(() => ProductObject)
  @Access({ roles: ['admin', 'manager', 'merchandiser'], scope: 'orders:write' })
  async createProduct(@Args('input') input: CreateProductInput): Promise<ProductObject> {
    return ProductObject.from(await this.products.create({ ...input, names: input.names ?? {} }));
  }

  @Mutation(() => ProductObject)
  @Access({ roles: ['admin', 'manager', 'merchandiser'], scope: 'orders:write' })
  async updateProduct(@IdArg() id: string, @Args('input') input: UpdateProductInput): Promise<ProductObject> {
    return ProductObject.from(await this.products.update(id, input));
  }

  @ResolveField(() => [MoneyObject])
  async listPrices(product: ProductObject): Promise<MoneyObject[]> {
    const prices = await requestLoader<string, ProductPrice[]>('orders.productPrices', async (ids) => {
      const rows = await this.products.prices(ids);
      return ids.map((id) => rows.filter((r) => r.productId === id));
    }).load(product.id);
    return prices.map((p) => ({ amount: p.amount.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), currency: p.currency }));
  }
}
