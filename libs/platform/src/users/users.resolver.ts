import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorators';
import { actorUserId, currentActor } from '../context';
import { UnauthenticatedError } from '../errors';
import { IdArg } from '../graphql/id-arg';
import { offsetOf, offsetPage, PageArgs, toConnection } from '../graphql/connection';
import { CreateTeamInput, CreateUserInput, UpdateMyPreferencesInput, UpdateUserInput, UserFilter } from './inputs/user.inputs';
import { TeamConnection, TeamObject, UserConnection, UserObject } from './user.object';
import { UsersService } from './users.service';

@Resolver(() => UserObject)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserObject, { description: 'The signed-in user.' })
  async me(): Promise<UserObject> {
    return UserObject.from(await this.usersService.get(signedInUserId()));
  }

  @Query(() => UserConnection, { description: 'The company directory (everyone may see colleagues, to assign work).' })
  @Access({ scope: 'crm:read' })
  async users(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: UserFilter) {
    const offset = offsetOf(page);
    const [items, total] = await this.usersService.list(filter ?? {}, offset, page.first);
    return toConnection(offsetPage(items, total, offset), UserObject.from);
  }

  @Query(() => UserObject)
  @Access({ scope: 'crm:read' })
  async user(@IdArg() id: string): Promise<UserObject> {
    return UserObject.from(await this.usersService.get(id));
  }

  @Mutation(() => UserObject)
  @Access({ roles: ['admin'], scope: 'admin' })
  async createUser(@Args('input') input: CreateUserInput): Promise<UserObject> {
    return UserObject.from(await this.usersService.create(input));
  }

  @Mutation(() => UserObject)
  @Access({ roles: ['admin'], scope: 'admin' })
  async updateUser(@IdArg() id: string, @Args('input') input: UpdateUserInput): Promise<UserObject> {
    const { version, ...data } = input;
    return UserObject.from(await this.usersService.update(id, data, version));
  }

  @Mutation(() => UserObject, { description: 'Deactivation is refused while the user still owns customers or open work.' })
  @Access({ roles: ['admin'], scope: 'admin' })
  async setUserActive(@IdArg() id: string, @Args('active') active: boolean): Promise<UserObject> {
    return UserObject.from(await this.usersService.setActive(id, active));
  }

  @Mutation(() => UserObject)
  async updateMyPreferences(@Args('input') input: UpdateMyPreferencesInput): Promise<UserObject> {
    return UserObject.from(await this.usersService.update(signedInUserId(), input));
  }

  @Query(() => TeamConnection)
  @Access({ scope: 'crm:read' })
  async teams(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const [items, total] = await this.usersService.listTeams(offset, page.first);
    return toConnection(offsetPage(items, total, offset), TeamObject.from);
  }

  @Mutation(() => TeamObject)
  @Access({ roles: ['admin'], scope: 'admin' })
  async createTeam(@Args('input') input: CreateTeamInput): Promise<TeamObject> {
    return TeamObject.from(await this.usersService.createTeam(input.name));
  }
}

function signedInUserId(): string {
  const actor = currentActor();
  const id = actor.kind === 'user' ? actorUserId(actor) : null;
  if (!id) throw new UnauthenticatedError('this needs a signed-in user, not an API token');
  return id;
}
