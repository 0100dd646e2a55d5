import { refreshSession } from '../app/session/refreshSession';
import { tokenStore } from '../app/session/tokenStore';

/** The JSON body of a failed REST call, in the shape GraphQL errors use. */
export interface RestProblem {
  code: string;
  message: string;
  reason?: string;
  fields?: { path: string; message: string }[];
}

function withBearer(init: RequestInit): RequestInit {
  const headers = new Headers(init.headers);
  const token = tokenStore.accessToken;
  if (token) headers.set('authorization', `Bearer ${token}`);
  return { ...init, headers };
}

/**
 * fetch() for the API's REST routes (uploads, downloads) with the session's bearer token. An expired
 * token is refreshed once and the request repeated, as the GraphQL link does.
 */
export async function authorizedFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const sentToken = tokenStore.accessToken;
  const response = await fetch(input, withBearer(init));
  if (response.status !== 401 || !sentToken) return response;
  const problem = (await response
    .clone()
    .json()
    .catch(() => null)) as RestProblem | null;
  if (problem?.reason !== 'TOKEN_EXPIRED') return response;
  if ((await refreshSession(sentToken)) !== 'refreshed') return response;
  return fetch(input, withBearer(init));
}

/** The server's problem from a failed response (or a generic one when the body is not ours). */
export async function restProblem(response: Response): Promise<RestProblem> {
  const body = (await response.json().catch(() => null)) as Partial<RestProblem> | null;
  return {
    code: typeof body?.code === 'string' ? body.code : response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR',
    message: typeof body?.message === 'string' ? body.message : response.statusText,
    reason: typeof body?.reason === 'string' ? body.reason : undefined,
    fields: Array.isArray(body?.fields) ? body.fields : [],
  };
}

/**
 * Downloads a file from a REST route with the bearer token and saves it under the server's file name;
 * `init` for a route that takes a request body (an export's filter).
 */
export async function downloadFile(url: string, fallbackName: string, init: RequestInit = {}): Promise<void> {
  const response = await authorizedFetch(url, init);
  if (!response.ok) throw new Error((await restProblem(response)).message);
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
