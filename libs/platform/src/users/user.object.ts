import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, Role } from '../context/actor';
import { Connection } from '../graphql/connection';
import { Team } from './team.entity';
import { User } from './user.entity';

export enum RoleEnum {
  admin = 'admin',
  manager = 'manager',
  sales = 'sales',
  merchandiser = 'merchandiser',
  logistics = 'logistics',
  finance = 'finance',
}
registerEnumType(RoleEnum, { name: 'Role' });
// The GraphQL enum must list exactly the roles the platform knows.
const roleEnumMatches: Record<Role, RoleEnum> = RoleEnum;
void roleEnumMatches;
void ROLES;

export enum UiLanguageEnum {
  zh_CN = 'zh-CN',
  en = 'en',
}
registerEnumType(UiLanguageEnum, { name: 'UiLanguage' });

@ObjectType('Team')
export class TeamObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  static from(team: Team): TeamObject {
    return { id: team.id, name: team.name };
  }
}

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field()
  active!: boolean;

  @Field(() => UiLanguageEnum)
  language!: string;

  @Field()
  timeZone!: string;

  @Field()
  version!: number;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  static from(user: User): UserObject {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      teamId: user.teamId,
      active: user.active,
      language: user.language,
      timeZone: user.timeZone,
      version: user.version,
      lastLoginAt: user.lastLoginAt,
    };
  }
}

@ObjectType()
export class UserConnection extends Connection(UserObject, 'User') {}

@ObjectType()
export class TeamConnection extends Connection(TeamObject, 'Team') {}
