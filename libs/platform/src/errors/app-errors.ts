/**
 * Errors the API reports to callers. `code` is the stable GraphQL `extensions.code`;
 * `reason` is the module's own finer code (e.g. CRM_CUSTOMER_NOT_FOUND) for integrators who branch on it.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly reason?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. "input.contacts.0.email". */
  path: string;
  message: string;
  /** The same in Chinese, for the SPA's Chinese interface, where the check has one. */
  messageZh?: string;
}

export class ValidationFailedError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[], reason?: string) {
    super(fields.map((f) => `${f.path}: ${f.message}`).join('; '), reason, { fields });
  }

  static field(path: string, message: string, reason?: string, messageZh?: string): ValidationFailedError {
    return new ValidationFailedError([{ path, message, ...(messageZh ? { messageZh } : {}) }], reason);
  }
}

/** Collects problems per field path so one answer names every bad field, not just the first. */
export class FieldProblems {
  readonly list: FieldProblem[] = [];

  add(path: string, message: string, messageZh?: string): void {
    this.list.push({ path, message, ...(messageZh ? { messageZh } : {}) });
  }

  /** Whether a problem was found at `path` or below it. */
  hasUnder(path: string): boolean {
    return this.list.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`));
  }

  throwIfAny(): void {
    if (this.list.length) throw new ValidationFailedError(this.list);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string, reason?: string) {
    super(`${entity} ${id} not found`, reason ?? `${entity.toUpperCase().replace(/[^A-Z]+/g, '_')}_NOT_FOUND`);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
}

/** A business rule refuses the operation; the message says why in words a user understands. */
export class RuleViolationError extends AppError {
  readonly code = 'RULE_VIOLATION';
}

export class RateLimitedError extends AppError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many attempts; try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
  }
}
