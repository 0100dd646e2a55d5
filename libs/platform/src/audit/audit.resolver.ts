import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorators';
import { TransactionHost } from '../database/transaction-host';
import { Connection, offsetOf, offsetPage, PageArgs, toConnection } from '../graphql/connection';
import { OptionalIdArg } from '../graphql/id-arg';
import { GraphQLJSON } from '../graphql/json.scalar';
import { AuditLog } from './audit-log.entity';

@ObjectType('AuditEntry')
export class AuditEntryObject {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field()
  actorLabel!: string;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => GraphQLJSON)
  changes!: unknown;

  static from(row: AuditLog): AuditEntryObject {
    return { ...row };
  }
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryObject, 'AuditEntry') {}

@Resolver()
export class AuditResolver {
  constructor(private readonly tx: TransactionHost) {}

  @Query(() => AuditEntryConnection, { description: 'Change history of any record, newest first (admins only; modules show their own records\' history in scope).' })
  @Access({ roles: ['admin'], scope: 'admin' })
  async auditLog(@Args() page: PageArgs, @OptionalIdArg('entityId') entityId?: string, @Args('entityType', { nullable: true }) entityType?: string) {
    const offset = offsetOf(page);
    const [rows, total] = await this.tx.manager.findAndCount(AuditLog, {
      where: { ...(entityId ? { entityId } : {}), ...(entityType ? { entityType } : {}) },
      order: { at: 'DESC', id: 'DESC' },
      skip: offset,
      take: page.first,
    });
    return toConnection(offsetPage(rows, total, offset), AuditEntryObject.from);
  }
}
