import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUuid } from '@tradewind/shared';
import { ValidationFailedError } from '../errors';

@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUuid(value)) throw ValidationFailedError.field(metadata.data ?? 'id', `"${String(value)}" is not an id`);
    return value.toLowerCase();
  }
}

/** A required `ID!` argument that must be a UUID. */
export const IdArg = (name = 'id'): ParameterDecorator => Args(name, { type: () => ID }, ParseIdPipe);
