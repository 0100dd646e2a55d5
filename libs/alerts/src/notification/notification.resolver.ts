import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection, GraphQLJSON, IdsArg, PageArgs, toConnection } from '@tradewind/platform';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'follow_up_due, pool_return_warning, customer_assigned, import_finished, mention, order_at_risk, order_late, key_date' }) kind!: string;
  @Field({ description: 'English text; the SPA words it from kind and params.' }) text!: string;
  @Field(() => GraphQLJSON) params!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;

  static from(n: Notification): NotificationObject {
    return { id: n.id, kind: n.kind, text: n.text, params: n.params, link: n.link, readAt: n.readAt, createdAt: n.createdAt };
  }
}

@ObjectType() export class NotificationConnection extends Connection(NotificationObject, 'Notification') {}

@Resolver()
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async myNotifications(@Args() page: PageArgs, @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean) {
    return toConnection(await this.notifications.mine(page, unreadOnly), NotificationObject.from);
  }

  @Query(() => Int)
  unreadNotificationCount(): Promise<number> {
    return this.notifications.unreadCount();
  }

  @Mutation(() => Int, { description: 'Marks the given notifications (all when no ids) read; returns how many changed.' })
  markNotificationsRead(@IdsArg('ids', { nullable: true }) ids?: string[]): Promise<number> {
    return this.notifications.markRead(ids);
  }
}
