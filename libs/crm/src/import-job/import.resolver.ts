import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access, Connection, IdArg, PageArgs, toConnection, ValidationFailedError } from '@tradewind/platform';
import { CRM_WRITERS } from '../customer/customer.resolver';
import { CustomerField } from '../import';
import { CustomerImport, CustomerImportRow } from './customer-import.entity';
import { ImportJobService } from './import-job.service';

@ObjectType('CustomerImport')
export class CustomerImportObject {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() dryRun!: boolean;
  @Field({ description: 'uploaded, running, done or failed' }) status!: string;
  @Field(() => [String], { nullable: 'items', description: 'Field of each column (null: ignored).' }) mapping!: (string | null)[];
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) processedRows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) merged!: number;
  @Field(() => Int) errors!: number;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;

  static from(i: CustomerImport): CustomerImportObject {
    return { ...i, mapping: i.mapping ?? [] };
  }
}

@ObjectType('CustomerImportRow')
export class CustomerImportRowObject {
  @Field(() => Int) row!: number;
  @Field({ description: 'created, merged or error' }) status!: string;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field(() => String, { nullable: true }) customerName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Dry runs: the row of this file whose new customer this row joins.' }) mergedIntoRow!: number | null;
  @Field(() => String, { nullable: true }) matchedOn!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => [String]) warnings!: string[];

  static from(r: CustomerImportRow): CustomerImportRowObject {
    return { ...r };
  }
}

@ObjectType() export class CustomerImportRowConnection extends Connection(CustomerImportRowObject, 'CustomerImportRow') {}

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportJobService) {}

  @Query(() => CustomerImportObject, { description: 'An import you started (upload with POST /api/crm/imports); poll it for progress.' })
  @Access({ roles: CRM_WRITERS })
  async customerImport(@IdArg() id: string): Promise<CustomerImportObject> {
    return CustomerImportObject.from(await this.imports.getOwn(id));
  }

  @Query(() => CustomerImportRowConnection, { description: 'The report: the outcome of each row.' })
  @Access({ roles: CRM_WRITERS })
  async customerImportRows(@IdArg('importId') importId: string, @Args() page: PageArgs, @Args('status', { nullable: true }) status?: string) {
    if (status && !['created', 'merged', 'error'].includes(status)) throw ValidationFailedError.field('status', 'must be created, merged or error');
    return toConnection(await this.imports.rows(importId, page, status as CustomerImportRow['status'] | undefined), CustomerImportRowObject.from);
  }

  @Mutation(() => CustomerImportObject, { description: 'Run a dry run (what would happen) or the import itself, with the column mapping you chose.' })
  @Access({ roles: CRM_WRITERS })
  async startCustomerImport(
    @IdArg() id: string,
    @Args('dryRun') dryRun: boolean,
    @Args('mapping', { type: () => [String], nullable: 'itemsAndList' }) mapping?: (string | null)[],
  ): Promise<CustomerImportObject> {
    return CustomerImportObject.from(await this.imports.start(id, { dryRun, mapping: mapping as (CustomerField | null)[] | undefined }));
  }
}
