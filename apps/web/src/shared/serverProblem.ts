import { ApolloError } from '@apollo/client';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../i18n/language';

export interface FieldProblem {
  /** Dotted path of the argument, e.g. "input.email". */
  path: string;
  message: string;
  /** The same in Chinese, when the API's check has one. */
  messageZh?: string;
}

/** A field problem in the interface's language: the API's Chinese where it sends one. */
export function fieldProblemText(problem: FieldProblem): string {
  return currentLanguage() === 'zh-CN' && problem.messageZh ? problem.messageZh : problem.message;
}

/** What the API said went wrong, read from `extensions` (see the API's error filter). */
export interface ServerProblem {
  code: string;
  reason?: string;
  message: string;
  /** The same message in Chinese, when the API sends one (e.g. a refused order stage move). */
  messageZh?: string;
  fields: FieldProblem[];
  retryAfterSeconds?: number;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && typeof (value as FieldProblem).path === 'string' && typeof (value as FieldProblem).message === 'string';
}

export function serverProblem(error: unknown): ServerProblem {
  if (error instanceof ApolloError) {
    const first = error.graphQLErrors[0];
    if (first) {
      const extensions = first.extensions ?? {};
      return {
        code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
        reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
        message: first.message,
        messageZh: typeof extensions.messageZh === 'string' ? extensions.messageZh : undefined,
        fields: Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldProblem) : [],
        retryAfterSeconds: typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined,
      };
    }
    if (error.networkError) return { code: 'NETWORK_ERROR', message: error.networkError.message, fields: [] };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), fields: [] };
}

/** A sentence for the user: our own words for the generic codes, the server's for business rules. */
export function problemText(problem: ServerProblem, t: TFunction): string {
  switch (problem.code) {
    case 'NETWORK_ERROR':
      return t('errors.network');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'INTERNAL_SERVER_ERROR':
    case 'UNKNOWN':
      return t('errors.server');
    default:
      return currentLanguage() === 'zh-CN' && problem.messageZh ? problem.messageZh : problem.message;
  }
}

/**
 * Puts BAD_USER_INPUT field problems under their form fields ("input.contacts.0.email" becomes
 * ["contacts", 0, "email"]). Returns the problems no field of the form could show.
 */
export function showFieldProblems(form: FormInstance, problem: ServerProblem, fieldNames: readonly string[], argument = 'input'): FieldProblem[] {
  const known = new Set(fieldNames);
  const unplaced: FieldProblem[] = [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const field of problem.fields) {
    const parts = field.path.split('.');
    if (parts[0] === argument) parts.shift();
    if (!parts.length || !known.has(parts[0])) {
      unplaced.push(field);
      continue;
    }
    const key = parts.join('.');
    const entry = byField.get(key) ?? { name: parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [] };
    entry.errors.push(fieldProblemText(field));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  // In a long drawer the field may be out of view, and the form would seem to do nothing.
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unplaced;
}

/**
 * The banner of a form the API refused: field problems go under their fields and the banner gets
 * those no field could show, or `allPlaced` when every one found its field (null: no banner); any
 * other refusal gets the API's words. Callers that treat a code their own way (CONFLICT) test it first.
 */
export function formFailure(
  form: FormInstance,
  problem: ServerProblem,
  fieldNames: readonly string[],
  t: TFunction,
  options: { allPlaced?: string | null; argument?: string } = {},
): string | null {
  if (problem.code !== 'BAD_USER_INPUT') return problemText(problem, t);
  const unplaced = showFieldProblems(form, problem, fieldNames, options.argument);
  return unplaced.length ? unplaced.map(fieldProblemText).join('; ') : (options.allPlaced ?? null);
}
