import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  systemClock,
  type ApiKeyRole,
  type Clock,
  type Store,
  type StoredApiKey,
} from '../core/index.js';
import { clientIdSchema } from '../scanning/request.js';

const PREFIX = 'cdz_';

/** A new API key: `cdz_` and 32 random bytes in base64url. Shown once; only its hash is stored. */
export function generateApiKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * On a store with no API key at all, creates an admin key and returns it in clear, once, for the
 * caller to print; returns null when keys exist.
 */
export async function ensureAdminKey(
  store: Store,
  clock: Clock = systemClock,
): Promise<string | null> {
  if ((await store.countApiKeys()) > 0) return null;
  const key = generateApiKey();
  await store.createApiKey(
    {
      id: randomUUID(),
      client_id: null,
      name: 'admin (generated on first start)',
      created_at: clock.now().toISOString(),
    },
    hashApiKey(key),
  );
  return key;
}

export interface StaticKey {
  key: string;
  /** null = admin. */
  clientId: string | null;
  /** 1-based position in the variable, for error messages that must not show the key. */
  position: number;
}

/**
 * Parses `CLOUDDIAGNOZE_API_KEYS`: `key1:ACME,key2:*` — a key, then the client it is bound to;
 * `*` or no suffix makes an admin key. Errors name the entry's position, never the key.
 */
export function parseStaticKeys(spec: string): StaticKey[] {
  const keys: StaticKey[] = [];
  spec.split(',').forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '') return;
    const separator = entry.indexOf(':');
    const key = (separator === -1 ? entry : entry.slice(0, separator)).trim();
    const client = separator === -1 ? '*' : entry.slice(separator + 1).trim();
    const where = `CLOUDDIAGNOZE_API_KEYS entry ${index + 1}`;
    if (key === '' || /\s/.test(key))
      throw new Error(`${where}: the key must be non-empty, without spaces`);
    if (client === '*' || client === '') {
      keys.push({ key, clientId: null, position: index + 1 });
      return;
    }
    const parsed = clientIdSchema.safeParse(client);
    if (!parsed.success) {
      throw new Error(
        `${where}: client id ${client} ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
      );
    }
    keys.push({ key, clientId: parsed.data, position: index + 1 });
  });
  return keys;
}

/** A key's client and role do not go together, or its name is unusable. */
export class InvalidApiKeyRequest extends RangeError {}

/**
 * Creates a key and returns it in clear, once, with its record: an `admin` key has no client; a
 * `read_write` or `read_only` key belongs to one client.
 */
export async function createApiKey(
  store: Store,
  request: { client_id: string | null; role: ApiKeyRole; name: string },
  clock: Clock = systemClock,
): Promise<{ key: string; record: StoredApiKey }> {
  if ((request.role === 'admin') !== (request.client_id === null)) {
    throw new InvalidApiKeyRequest(
      request.role === 'admin'
        ? 'an admin key belongs to no client: leave client_id out'
        : `a ${request.role} key belongs to one client: give its client_id`,
    );
  }
  if (request.client_id !== null) {
    const parsed = clientIdSchema.safeParse(request.client_id);
    if (!parsed.success) {
      throw new InvalidApiKeyRequest(
        `client id ${request.client_id} ${parsed.error.issues[0]?.message ?? 'is invalid'}`,
      );
    }
  }
  const name = request.name.trim();
  if (name === '' || name.length > 200 || [...name].some((c) => c.charCodeAt(0) < 0x20)) {
    throw new InvalidApiKeyRequest('the key name must be 1 to 200 printable characters');
  }
  const key = generateApiKey();
  const record = {
    id: randomUUID(),
    client_id: request.client_id,
    name,
    created_at: clock.now().toISOString(),
    role: request.role,
    source: 'store' as const,
  };
  await store.createApiKey(record, hashApiKey(key));
  return { key, record: { ...record, last_used_at: null, revoked_at: null } };
}

/**
 * Registers the keys of `CLOUDDIAGNOZE_API_KEYS`. The variable only seeds the store: a key already
 * stored for the same client is skipped (a revoked one stays revoked), and a key seeded by an
 * earlier start that is no longer in the variable is revoked. A key stored for another client is
 * refused rather than silently kept with the wider (or different) rights. Returns how many keys
 * were added.
 */
export async function registerStaticKeys(
  store: Store,
  spec: string,
  clock: Clock = systemClock,
): Promise<number> {
  let added = 0;
  const seeded = new Set<string>();
  for (const { key, clientId, position } of parseStaticKeys(spec)) {
    const hash = hashApiKey(key);
    seeded.add(hash);
    const existing = await store.findApiKey(hash);
    if (existing !== null) {
      if (existing.client_id !== clientId) {
        throw new Error(
          `CLOUDDIAGNOZE_API_KEYS entry ${position}: this key is already registered for ${existing.client_id ?? 'every client (admin)'}, not ${clientId ?? 'every client (admin)'}`,
        );
      }
      continue;
    }
    await store.createApiKey(
      {
        id: randomUUID(),
        client_id: clientId,
        name: `CLOUDDIAGNOZE_API_KEYS (${clientId ?? 'admin'})`,
        created_at: clock.now().toISOString(),
        source: 'env',
      },
      hash,
    );
    added += 1;
  }
  const stillSeeded = new Set<string>();
  for (const hash of seeded) {
    const found = await store.findApiKey(hash);
    if (found) stillSeeded.add(found.id);
  }
  for (const stored of await store.listApiKeys()) {
    if (stored.source === 'env' && stored.revoked_at === null && !stillSeeded.has(stored.id)) {
      await store.revokeApiKey(stored.id, clock.now());
    }
  }
  return added;
}
