import type { Clock, JsonValue, ResultCache, Store } from '../core/index.js';

/**
 * The store's cache seen by one tenant: keys are prefixed with the client id, so that a tenant never
 * reads answers fetched with another tenant's credentials (a role without Cost Explorer access must
 * not see another tenant's cost data for the same account).
 */
export function tenantResultCache(store: Store, clock: Clock, clientId: string): ResultCache {
  const scoped = (key: string) => `client:${clientId}:${key}`;
  return {
    async get(key) {
      const value = await store.getCached(scoped(key), clock.now());
      return value === null ? undefined : value;
    },
    async set(key: string, value: JsonValue, ttlSeconds: number) {
      const now = clock.now();
      await store.putCached(scoped(key), value, new Date(now.getTime() + ttlSeconds * 1000), now);
    },
  };
}
