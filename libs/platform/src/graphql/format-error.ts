import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors';

const logger = new Logger('GraphQL');

// Codes graphql-js and Apollo assign themselves (syntax, validation, variable coercion): passed through.
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

const HTTP_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS' };

/**
 * One place that turns thrown errors into GraphQL errors: module errors keep their code and message,
 * anything unexpected is logged and reported without internals.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.reason ? { reason: original.reason } : {}), ...(original.details ?? {}) },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (!formatted.path && original instanceof GraphQLError) {
    // Errors of the request itself (e.g. depth or complexity limits) carry their own meaning.
    return { message: formatted.message, extensions: { code: code ?? 'BAD_REQUEST' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
