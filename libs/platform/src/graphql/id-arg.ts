import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID, Int } from '@nestjs/graphql';
import { isUuid } from '@tradewind/shared';
import { ValidationFailedError } from '../errors';

/** A UUID in lower case; anything else is refused, naming the argument at `path`. */
function parseId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isUuid(value)) throw ValidationFailedError.field(path, `"${String(value)}" is not an id`);
  return value.toLowerCase();
}

@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    return parseId(value, metadata.data ?? 'id');
  }
}

/** A nullable `ID` argument that, when given, must be a UUID (a list's filter, say). */
@Injectable()
export class ParseOptionalIdPipe implements PipeTransform<string | null | undefined, string | undefined> {
  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | undefined {
    return value === undefined || value === null ? undefined : parseId(value, metadata.data ?? 'id');
  }
}

/** A required `ID!` argument that must be a UUID. */
export const IdArg = (name = 'id'): ParameterDecorator => Args(name, { type: () => ID }, ParseIdPipe);

/** An optional `ID` argument that must be a UUID when given. */
export const OptionalIdArg = (name: string): ParameterDecorator => Args(name, { type: () => ID, nullable: true }, ParseOptionalIdPipe);

/** Most ids one list argument takes (a page of a list, selected rows). */
export const MAX_IDS_PER_ARGUMENT = 1000;

@Injectable()
export class ParseIdsPipe implements PipeTransform<string[] | undefined, string[] | undefined> {
  transform(values: string[] | undefined, metadata: ArgumentMetadata): string[] | undefined {
    if (values === undefined || values === null) return values;
    const name = metadata.data ?? 'ids';
    if (values.length > MAX_IDS_PER_ARGUMENT) throw ValidationFailedError.field(name, `at most ${MAX_IDS_PER_ARGUMENT} ids`);
    return values.map((value, index) => parseId(value, `${name}.${index}`));
  }
}

/** An `[ID!]` argument whose every entry must be a UUID; optional when it has a default or is nullable. */
export const IdsArg = (name: string, options: { nullable?: boolean; defaultValue?: string[] } = {}): ParameterDecorator =>
  Args(name, { type: () => [ID], ...options }, ParseIdsPipe);

/** Refuses a text argument longer than `max` characters (arguments outside an input class get no class-validator rules). */
@Injectable()
export class BoundedTextPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  constructor(private readonly max: number) {}

  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    if (typeof value === 'string' && value.length > this.max) throw ValidationFailedError.field(metadata.data ?? 'text', `at most ${this.max} characters (this has ${value.length})`);
    return value;
  }
}

/** A `String` argument of at most `max` characters. */
export const TextArg = (name: string, max: number, options: { nullable?: boolean } = {}): ParameterDecorator =>
  Args(name, { type: () => String, nullable: options.nullable ?? false }, new BoundedTextPipe(max));

/** Longest note a user attaches to an action (a stage move, a receipt, a milestone). */
export const NOTE_MAX = 2000;

/** Refuses a count outside 1..max (how many of a record's newest children to return). */
@Injectable()
export class BoundedCountPipe implements PipeTransform<number, number> {
  constructor(private readonly max: number) {}

  transform(value: number, metadata: ArgumentMetadata): number {
    if (!Number.isInteger(value) || value < 1 || value > this.max) throw ValidationFailedError.field(metadata.data ?? 'first', `must be a whole number from 1 to ${this.max} (got ${String(value)})`);
    return value;
  }
}

/**
 * `first`: how many of a record's newest children (comments, documents...) a field returns, by default
 * `defaultValue`; a sibling count field says how many there are, and the record's paged timeline or
 * list query reaches the rest.
 */
export const FirstArg = (defaultValue: number, max: number): ParameterDecorator =>
  Args('first', { type: () => Int, defaultValue, description: `How many, newest first (1 to ${max}).` }, new BoundedCountPipe(max));
