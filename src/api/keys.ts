import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { systemClock, type Clock, type Store } from '../core/index.js';
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

/**
 * Registers the keys of `CLOUDDIAGNOZE_API_KEYS`. Idempotent: a key already stored for the same
 * client is skipped. A key stored for another client is refused rather than silently kept with
 * the wider (or different) rights. Returns how many keys were added.
 */
export async function registerStaticKeys(
  store: Store,
  spec: string,
  clock: Clock = systemClock,
): Promise<number> {
  let added = 0;
  for (const { key, clientId, position } of parseStaticKeys(spec)) {
    const hash = hashApiKey(key);
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
      },
      hash,
    );
    added += 1;
  }
  return added;
}
