import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { RoleEnum, UiLanguageEnum } from '../user.object';

/** What users may set for themselves: interface language and time zone. */
@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => UiLanguageEnum, { nullable: true })
  @IsOptional()
  @IsEnum(UiLanguageEnum)
  language?: UiLanguageEnum;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

/** Fields an admin sets on an account, besides the sign-in details. */
@InputType({ isAbstract: true })
class UserProfileFields extends UpdateMyPreferencesInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

@InputType()
export class CreateUserInput extends UserProfileFields {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters long' })
  @MaxLength(200)
  password!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: RoleEnum;
}

@InputType()
export class UpdateUserInput extends UserProfileFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale version is refused.' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RoleEnum)
  role?: RoleEnum;
}

@InputType()
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RoleEnum)
  role?: RoleEnum;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;
}
