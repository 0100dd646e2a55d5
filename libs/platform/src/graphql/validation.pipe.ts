import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '../errors';
import { NOT_NULL_CONSTRAINT } from './input-rules';

/**
 * class-validator on every input, with errors that name the field by its path in the operation
 * ("input.contacts.0.email") and say why, reported as BAD_USER_INPUT.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  // An unnamed @Args() class (e.g. PageArgs) receives every argument of the field, so it may not
  // refuse the arguments other parameters take; it only validates and keeps its own. A whole REST body
  // looks the same to a pipe: validateBody checks one strictly.
  private readonly argsTypePipe = new ValidationPipe(options(false));

  constructor() {
    super(options(true));
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      if (metadata.data === undefined) return await this.argsTypePipe.transform(value, metadata);
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailedError && metadata.data) {
        throw new ValidationFailedError(error.fields.map((f) => ({ ...f, path: f.path ? `${metadata.data}.${f.path}` : metadata.data! })));
      }
      throw error;
    }
  }
}

/**
 * A whole REST body (declared `@Body() body: unknown`, which the global pipe leaves alone) validated
 * as `type`, an unknown (misspelt) field refused rather than silently dropped.
 */
export function validateBody<T extends object>(type: new () => T, body: unknown): Promise<T> {
  return new ValidationPipe(options(true)).transform(body, { type: 'body', metatype: type }) as Promise<T>;
}

function options(forbidUnknown: boolean): ValidationPipeOptions {
  return {
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: forbidUnknown,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors, '')),
  };
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    // A null where none may be is the one thing to say: "must be a string" and the like add nothing.
    const notNull = error.constraints?.[NOT_NULL_CONSTRAINT];
    if (notNull) return [{ path, message: notNull.replace(/^\S+ /, '') }];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message: message.replace(/^\S+ /, '') }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
