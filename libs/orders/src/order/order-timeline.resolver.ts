import { Args, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, GraphQLJSON, offsetOf, offsetPage, PageArgs, toConnection, TransactionHost, UserObject, UsersService } from '@tradewind/platform';
import { OrderObject } from './order.objects';

@ObjectType('OrderTimelineEntry')
export class OrderTimelineEntryObject {
  @Field() at!: Date;
  @Field({ description: 'What happened: created, stage_changed, payment_recorded, production_planned, milestone_recorded, delayed, document_generated, updated, comment …' }) kind!: string;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field({ description: 'Who: an e-mail, api-token:<name> or system:<job>.' }) actor!: string;
  @Field(() => UserObject, { nullable: true, description: 'The colleague behind the entry, to show by name (none for integrations and jobs).' }) user!: UserObject | null;
  @Field(() => GraphQLJSON, { description: 'The facts: changed fields with from/to, or the comment body.' }) details!: unknown;
}

@ObjectType() export class OrderTimelineConnection extends Connection(OrderTimelineEntryObject, 'OrderTimelineEntry') {}

interface TimelineRow {
  at: Date;
  kind: string;
  user_id: string | null;
  actor: string;
  details: unknown;
}

/** Everything that happened to an order, newest first: its audited changes and its comments. */
@Resolver(() => OrderObject)
export class OrderTimelineResolver {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => OrderTimelineConnection)
  async timeline(@Parent() order: OrderObject, @Args() page: PageArgs) {
    const offset = offsetOf(page);
    // The order was visible to resolve its parent field, so its history is too.
    const source = `
      SELECT at, action AS kind, actor_user_id AS user_id, actor_label AS actor, changes AS details FROM audit_log WHERE entity_type = 'order' AND entity_id = $1
      UNION ALL
      SELECT c.created_at, 'comment', c.author_id, u.email, jsonb_build_object('body', c.body, 'mentionedUserIds', c.mentioned_user_ids)
      FROM order_comment c JOIN app_user u ON u.id = c.author_id WHERE c.order_id = $1`;
    // Both at once: they travel to PostgreSQL together on a read connection.
    const [rows, [{ n }]] = await Promise.all([
      this.tx.read<TimelineRow>(`${source} ORDER BY at DESC LIMIT $2 OFFSET $3`, [order.id, page.first, offset]),
      this.tx.read<{ n: number }>(`SELECT count(*)::int AS n FROM (${source}) t`, [order.id]),
    ]);
    // One batch for the page's colleagues (the request loader joins them with the order page's other users).
    const entries = await Promise.all(
      rows.map(async (r) => ({ at: r.at, kind: r.kind, userId: r.user_id, actor: r.actor, user: await this.users.loadObject(r.user_id), details: r.details })),
    );
    return toConnection(offsetPage(entries, n, offset), (entry) => entry);
  }
}
