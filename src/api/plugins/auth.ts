import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyRecord, Store } from '../../core/index.js';
import { forbidden, unauthorized } from '../errors.js';
import { hashApiKey } from '../keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's API key, set by the authentication hook of /api/v1. */
    apiKey: ApiKeyRecord | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Requires `Authorization: Bearer <key>` on every route of the instance it is added to; the key is
 * looked up by its hash, so the store never holds it in clear.
 */
export function requireApiKey(instance: FastifyInstance, store: Store): void {
  instance.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined || header === '') {
      throw unauthorized('send an API key as Authorization: Bearer <key>');
    }
    const match = BEARER.exec(header);
    if (!match?.[1]) throw unauthorized('the Authorization header must be Bearer <key>');
    const record = await store.findApiKey(hashApiKey(match[1]));
    if (record === null) throw unauthorized('unknown API key');
    request.apiKey = record;
  });
}

/** The tenant a request is bound to; null for an admin key, which sees every tenant. */
export function tenantOf(request: FastifyRequest): string | null {
  if (request.apiKey === null) throw unauthorized('send an API key as Authorization: Bearer <key>');
  return request.apiKey.client_id;
}

/**
 * The client_id filter a request may use: a tenant key is pinned to its own client and refused
 * another one; an admin key gets what it asked for.
 */
export function scopedClientId(
  request: FastifyRequest,
  asked: string | undefined,
): string | undefined {
  const tenant = tenantOf(request);
  if (tenant === null) return asked;
  if (asked !== undefined && asked !== tenant) {
    throw forbidden(`this API key may only read client ${tenant}`, [
      { path: 'client_id', message: `must be ${tenant} for this API key` },
    ]);
  }
  return tenant;
}

/** Whether the caller may see a record of `clientId` (used to answer 404, not 403, for others'). */
export function canSee(request: FastifyRequest, clientId: string): boolean {
  const tenant = tenantOf(request);
  return tenant === null || tenant === clientId;
}
