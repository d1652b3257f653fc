import { apiError } from '@monitorqa/errors';

/** What a known API key may do. */
export interface ApiKeyGrant {
  /** A name for logs; the key itself is never logged or sent. */
  readonly name: string;
  readonly permissions: readonly string[];
}

/** Checks `X-API-KEY` headers against a set of keys. */
export interface ApiKeyAuth {
  /**
   * The grant of the key in `header`; throws `MISSING_API_KEY` / `INVALID_API_KEY` (401)
   * or, when `permission` is given and not granted, `INSUFFICIENT_PERMISSIONS` (403).
   */
  authenticate(header: string | readonly string[] | null | undefined, permission?: string): ApiKeyGrant;
}

/**
 * API-key authentication as the contract documents it. Keys are compared in constant
 * time against every known key, so timing tells neither a key's prefix nor which key matched.
 * @example
 * const auth = defineApiKeys({ [process.env.ADMIN_KEY]: { name: 'admin', permissions: ['monitors:write'] } });
 * const grant = auth.authenticate(req.headers['x-api-key'], 'monitors:write');
 */
export function defineApiKeys(
  keys: Readonly<Record<string, Omit<ApiKeyGrant, 'name'> & { readonly name?: string }>>,
): ApiKeyAuth {
  const entries = Object.entries(keys).map(([key, grant], i) => ({
    key,
    grant: { name: grant.name ?? `key-${i + 1}`, permissions: grant.permissions },
  }));
  return {
    authenticate(header, permission) {
      const value: string | null | undefined = typeof header === 'object' && header !== null ? header[0] : header;
      if (typeof value !== 'string' || value === '')
        throw apiError('MISSING_API_KEY', { details: { header: 'X-API-KEY' } });
      let found: ApiKeyGrant | undefined;
      for (const entry of entries) if (constantTimeEqual(entry.key, value)) found = entry.grant;
      if (found === undefined) throw apiError('INVALID_API_KEY');
      if (permission !== undefined && !found.permissions.includes(permission)) {
        throw apiError('INSUFFICIENT_PERMISSIONS', { details: { required: permission } });
      }
      return found;
    },
  };
}

// Pure JS so the core runs on every runtime; time depends on the lengths only.
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= a.charCodeAt(i % (a.length || 1)) ^ b.charCodeAt(i);
  return diff === 0;
}
