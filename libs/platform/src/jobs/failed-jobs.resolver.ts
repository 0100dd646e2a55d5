import { Args, Field, ID, Int, ObjectType, Query, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from '../graphql/json.scalar';
import { Access } from '../auth/access.decorators';
import { Connection, offsetOf, offsetPage, PageArgs, toConnection } from '../graphql/connection';
import { FailedJobView, JobQueue } from './job-queue.service';

@ObjectType('FailedJob')
export class FailedJobObject {
  @Field()
  queue!: string;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Job or event-handler name, e.g. "crm.recomputeGrades".' })
  name!: string;

  @Field()
  failedReason!: string;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => Date, { nullable: true })
  failedAt!: Date | null;

  @Field(() => GraphQLJSON)
  data!: unknown;

  static from(view: FailedJobView): FailedJobObject {
    return { ...view };
  }
}

@ObjectType()
export class FailedJobConnection extends Connection(FailedJobObject, 'FailedJob') {}

@Resolver()
export class FailedJobsResolver {
  constructor(private readonly jobs: JobQueue) {}

  @Query(() => FailedJobConnection, { description: 'Jobs and event deliveries that used up their retries.' })
  @Access({ roles: ['admin'], scope: 'admin' })
  async failedJobs(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const { items, total } = await this.jobs.failedJobs(offset, page.first);
    return toConnection(offsetPage(items, total, offset), FailedJobObject.from);
  }

  @Mutation(() => Boolean)
  @Access({ roles: ['admin'], scope: 'admin' })
  async retryFailedJob(@Args('queue') queue: string, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.jobs.retry(queue, id);
    return true;
  }
}
