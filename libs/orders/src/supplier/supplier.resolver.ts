import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Access, Connection, offsetOf, PageArgs, toConnection } from '@tradewind/platform';
import { SupplierService } from './supplier.service';

@InputType()
export class CreateSupplierInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) contactName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) address?: string;
}

@ObjectType('Supplier')
export class SupplierObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
}

@ObjectType() export class SupplierConnection extends Connection(SupplierObject, 'Supplier') {}

@Resolver()
export class SupplierResolver {
  constructor(private readonly supplierService: SupplierService) {}

  @Query(() => SupplierConnection)
  @Access({ scope: 'orders:read' })
  async suppliers(@Args() page: PageArgs) {
    return toConnection(await this.supplierService.list(offsetOf(page), page.first), (s) => s);
  }

  @Mutation(() => SupplierObject)
  @Access({ roles: ['admin', 'manager', 'merchandiser'], scope: 'orders:write' })
  createSupplier(@Args('input') input: CreateSupplierInput): Promise<SupplierObject> {
    return this.supplierService.create(input);
  }
}
