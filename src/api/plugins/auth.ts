import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Clock, StoredApiKey, Store } from '../../core/index.js';
import { badRequest, forbidden, unauthorized } from '../errors.js';
import { hashApiKey } from '../keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's API key, set by the authentication hook of /api/v1. */
    apiKey: StoredApiKey | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** A key's last use is written at most this often (per process), not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * How long a key found in the store is trusted without reading it again. A key revoked through
 * this process is forgotten at once; one revoked elsewhere (the CLI, another server) is refused
 * here within this time. Reading the key on every request was half of a PostgreSQL event page's
 * queries (bench/events-read.ts).
 */
export const API_KEY_LOOKUP_TTL_MS = 2_000;

/** Keys found in the store by their hash, each kept a short time; unknown hashes are not kept. */
export class ApiKeyLookup {
  readonly #found: LRUCache<string, StoredApiKey>;

  constructor(
    private readonly store: Store,
    clock: Clock = { now: () => new Date() },
    ttlMs = API_KEY_LOOKUP_TTL_MS,
  ) {
    this.#found = new LRUCache({
      max: 1_000,
      ttl: ttlMs,
      ttlResolution: 0,
      perf: { now: () => clock.now().getTime() },
    });
  }

  async find(secretHash: string): Promise<StoredApiKey | null> {
    const cached = this.#found.get(secretHash);
    if (cached !== undefined) return cached;
    const record = await this.store.findApiKey(secretHash);
    if (record !== null) this.#found.set(secretHash, record);
    return record;
  }

  /** Drops a key (just revoked) so that its next request reads the store. */
  forget(id: string): void {
    for (const [hash, record] of this.#found.entries()) {
      if (record.id === id) this.#found.delete(hash);
    }
  }
}

/**
 * Requires `Authorization: Bearer <key>` on every route of the instance it is added to; the key is
 * looked up by its hash, so the store never holds it in clear. A revoked key is refused (at once
 * when revoked through `keys`, within API_KEY_LOOKUP_TTL_MS otherwise); a read-only key may only
 * read. Each key's last use is recorded.
 */
export function requireApiKey(
  instance: FastifyInstance,
  store: Store,
  clock: Clock = { now: () => new Date() },
  keys: ApiKeyLookup = new ApiKeyLookup(store, clock),
): void {
  const touched = new Map<string, number>();
  // A NUL byte is never valid in an id, a filter or a name; PostgreSQL refuses it in text with an
  // error, so it is refused here first, wherever it hides (path, query, body).
  instance.addHook('preValidation', async (request) => {
    if (!isUtf8Url(request.raw.url ?? '')) {
      throw badRequest('the URL is not valid UTF-8', [
        { path: 'url', message: 'holds a percent escape that is not UTF-8 (such as %C3%28)' },
      ]);
    }
    const where = nulByteIn({
      path: request.params,
      query: request.query,
      body: request.body,
    });
    if (where !== null) {
      throw badRequest('the request holds a NUL byte', [
        { path: where, message: 'must not contain a NUL byte (\\u0000)' },
      ]);
    }
  });
  instance.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined || header === '') {
      throw unauthorized('send an API key as Authorization: Bearer <key>');
    }
    const match = BEARER.exec(header);
    if (!match?.[1]) throw unauthorized('the Authorization header must be Bearer <key>');
    const record = await keys.find(hashApiKey(match[1]));
    if (record === null) throw unauthorized('unknown API key');
    if (record.revoked_at !== null) throw unauthorized('this API key was revoked');
    if (record.role === 'read_only' && !READ_METHODS.has(request.method)) {
      throw forbidden('this API key is read-only: it may not change anything');
    }
    request.apiKey = record;
    const now = clock.now();
    if (now.getTime() - (touched.get(record.id) ?? 0) >= TOUCH_INTERVAL_MS) {
      touched.set(record.id, now.getTime());
      // Recording the use never fails the request (a full disk must not lock readers out).
      await store.touchApiKey(record.id, now).catch((error: unknown) => {
        touched.delete(record.id);
        request.log.warn({ err: error }, 'could not record the API key use');
      });
    }
  });
}

/** Whether every percent escape of a URL decodes to UTF-8 (the parsers would replace it silently). */
function isUtf8Url(url: string): boolean {
  if (!url.includes('%')) return true;
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

/** The dotted path of the first string (or key) holding a NUL byte, or null. */
function nulByteIn(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (key.includes('\u0000')) return at;
    const found = nulByteIn(item, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses the request unless it comes with an admin key. */
export function requireAdmin(request: FastifyRequest, action: string): void {
  if (tenantOf(request) !== null || request.apiKey?.role !== 'admin') {
    throw forbidden(`only an admin API key may ${action}`);
  }
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
