import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsInstant } from '../../graphql/is-instant';
import { API_SCOPES, ApiScope } from '../../context/actor';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the integration is, e.g. "ERP sync".' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => [String], { description: `Any of: ${API_SCOPES.join(', ')}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(API_SCOPES.length)
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes!: ApiScope[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsInstant()
  expiresAt?: Date;
}
