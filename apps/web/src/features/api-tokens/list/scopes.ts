/** Scopes the API grants to tokens (see CreateApiTokenInput.scopes). */
export const API_SCOPES = ['crm:read', 'crm:write', 'orders:read', 'orders:write', 'admin'] as const;

export type ApiScope = (typeof API_SCOPES)[number];

/** Translation keys cannot contain ":", so scopes are looked up by this name. */
export function scopeKey(scope: ApiScope): 'crmRead' | 'crmWrite' | 'ordersRead' | 'ordersWrite' | 'admin' {
  switch (scope) {
    case 'crm:read':
      return 'crmRead';
    case 'crm:write':
      return 'crmWrite';
    case 'orders:read':
      return 'ordersRead';
    case 'orders:write':
      return 'ordersWrite';
    case 'admin':
      return 'admin';
  }
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
