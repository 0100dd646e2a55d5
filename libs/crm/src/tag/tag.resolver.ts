import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Access, Connection, GraphQLJSON, IdArg, IsNotBlank, offsetOf, OptionalIdArg, offsetPage, PageArgs, toConnection, validateBody, ValidationFailedError } from '@tradewind/platform';
import { TagGroupObject, TagObject } from '../customer/customer.object';
import { CustomerFilter } from '../customer/inputs/customer.inputs';
import { CRM_WRITERS } from '../customer/customer.resolver';
import { CustomerView, TAG_GROUP_KINDS, TagGroupKind } from './tag.entity';
import { TagService } from './tag.service';

@InputType()
export class CreateTagGroupInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name!: string;

  @Field(() => String, { description: 'region, industry, value or custom' })
  @IsIn(TAG_GROUP_KINDS, { message: `kind must be one of ${TAG_GROUP_KINDS.join(', ')}` })
  kind!: TagGroupKind;
}

@InputType()
export class CreateTagInput {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name!: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'color must be like #1677ff' }) color?: string;
}

@InputType()
export class TagCustomersInput {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) customerIds!: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) addTagIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) removeTagIds?: string[];
}

@InputType()
export class SaveCustomerViewInput {
  @Field(() => ID, { nullable: true, description: 'Updates your view with this id; creates one without.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field() @IsString() @IsNotBlank() @MaxLength(100) name!: string;

  @Field(() => GraphQLJSON, { description: 'A CustomerFilter as JSON (what the list sends as `filter`).' })
  @IsObject({ message: 'filter must be a JSON object (a CustomerFilter)' })
  filter!: Record<string, unknown>;

  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) columns?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() shared?: boolean;
}

@ObjectType('CustomerView')
export class CustomerViewObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) ownerId!: string;
  @Field() name!: string;
  @Field(() => GraphQLJSON) filter!: Record<string, unknown>;
  @Field(() => [String]) columns!: string[];
  @Field() shared!: boolean;

  static from(v: CustomerView): CustomerViewObject {
    return { id: v.id, ownerId: v.ownerId, name: v.name, filter: v.filter, columns: v.columns, shared: v.shared };
  }
}

@ObjectType() export class TagGroupConnection extends Connection(TagGroupObject, 'TagGroup') {}
@ObjectType() export class TagConnection extends Connection(TagObject, 'Tag') {}
@ObjectType() export class CustomerViewConnection extends Connection(CustomerViewObject, 'CustomerView') {}

@Resolver()
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Query(() => TagGroupConnection)
  @Access({ scope: 'crm:read' })
  async tagGroups(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const [items, total] = await this.tagService.listGroups(offset, page.first);
    return toConnection(offsetPage(items, total, offset), (g) => g);
  }

  @Query(() => TagConnection)
  @Access({ scope: 'crm:read' })
  async tags(@Args() page: PageArgs, @OptionalIdArg('groupId') groupId?: string) {
    const offset = offsetOf(page);
    const [items, total] = await this.tagService.listTags(groupId, offset, page.first);
    return toConnection(offsetPage(items, total, offset), (t) => t);
  }

  @Mutation(() => TagGroupObject)
  @Access({ roles: ['admin', 'manager'], scope: 'crm:write' })
  createTagGroup(@Args('input') input: CreateTagGroupInput): Promise<TagGroupObject> {
    return this.tagService.createGroup(input.name, input.kind);
  }

  @Mutation(() => TagObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  createTag(@Args('input') input: CreateTagInput): Promise<TagObject> {
    return this.tagService.createTag(input.groupId, input.name, input.color);
  }

  @Mutation(() => Boolean)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async tagCustomers(@Args('input') input: TagCustomersInput): Promise<boolean> {
    await this.tagService.tagCustomers(input.customerIds, input.addTagIds ?? [], input.removeTagIds ?? []);
    return true;
  }

  @Query(() => CustomerViewConnection, { description: 'Your saved customer views and those colleagues shared.' })
  async customerViews(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const [items, total] = await this.tagService.listViews(offset, page.first);
    return toConnection(offsetPage(items, total, offset), CustomerViewObject.from);
  }

  @Mutation(() => CustomerViewObject)
  async saveCustomerView(@Args('input') input: SaveCustomerViewInput): Promise<CustomerViewObject> {
    // Checked as the list will read it: a bad filter refused now, not each time someone opens the view.
    await validateBody(CustomerFilter, input.filter).catch((error: unknown) => {
      if (!(error instanceof ValidationFailedError)) throw error;
      throw new ValidationFailedError(error.fields.map((field) => ({ ...field, path: `input.filter.${field.path}` })));
    });
    return CustomerViewObject.from(await this.tagService.saveView(input));
  }

  @Mutation(() => Boolean)
  async deleteCustomerView(@IdArg() id: string): Promise<boolean> {
    await this.tagService.deleteView(id);
    return true;
  }
}
