import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SecretKeySettings {
  /** CLOUDDIAGNOZE_SECRET_KEY: 32 bytes as 64 hex characters or base64. */
  secretKey?: string;
  /** CLOUDDIAGNOZE_SECRET_KEY_FILE: a file holding the key (a mounted secret). */
  secretKeyFile?: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
}

export class SecretKeyError extends Error {}

/**
 * The key that seals scan credentials between the API and the workers, from
 * CLOUDDIAGNOZE_SECRET_KEY or CLOUDDIAGNOZE_SECRET_KEY_FILE (every process of a deployment must
 * share it; it lives outside the data directory, so that a copy of the data opens no credentials).
 *
 * Without one: `ephemeral` (a one-shot process that seals and opens its own scans) gets a key that
 * is never written; a deployment (NODE_ENV=production, a PostgreSQL store or a Redis queue) is
 * refused; the embedded quick start generates one in the data directory, with a warning.
 */
export function loadSecretKey(
  settings: SecretKeySettings,
  options: { ephemeral?: boolean; env?: NodeJS.ProcessEnv; warn?: (message: string) => void } = {},
): Buffer {
  if (settings.secretKey) return decodeKey(settings.secretKey, 'CLOUDDIAGNOZE_SECRET_KEY');
  if (settings.secretKeyFile) {
    let text: string;
    try {
      text = readFileSync(settings.secretKeyFile, 'utf8').trim();
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new SecretKeyError(
        `CLOUDDIAGNOZE_SECRET_KEY_FILE ${settings.secretKeyFile} cannot be read (${reason})`,
      );
    }
    return decodeKey(text, `CLOUDDIAGNOZE_SECRET_KEY_FILE ${settings.secretKeyFile}`);
  }
  if (options.ephemeral) return randomBytes(32);
  const env = options.env ?? process.env;
  const deployment =
    env.NODE_ENV === 'production'
      ? 'NODE_ENV=production'
      : settings.redisUrl
        ? 'REDIS_URL is set'
        : settings.databaseUrl?.startsWith('postgres')
          ? 'the store is PostgreSQL'
          : null;
  if (deployment !== null) {
    throw new SecretKeyError(
      `${deployment}: set CLOUDDIAGNOZE_SECRET_KEY or CLOUDDIAGNOZE_SECRET_KEY_FILE (32 bytes, e.g. \`openssl rand -hex 32\`), the same for every process; a key kept in the data directory would open the credentials of anyone holding a copy of it`,
    );
  }
  return embeddedKey(settings.dataDir, options.warn ?? ((message) => process.emitWarning(message)));
}

function decodeKey(text: string, where: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text, 'base64')
      : null;
  if (key === null || key.length !== 32) {
    throw new SecretKeyError(`${where} must be 32 bytes as 64 hex characters or base64`);
  }
  return key;
}

function embeddedKey(dataDir: string, warn: (message: string) => void): Buffer {
  const file = join(dataDir, 'secret.key');
  try {
    const existing = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (existing.length === 32) {
      warnOnce(warn, file);
      return existing;
    }
  } catch {
    // absent: generated below
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'w' });
  warnOnce(warn, file);
  return key;
}

function warnOnce(warn: (message: string) => void, file: string): void {
  warn(
    `the credential sealing key is ${file}, inside the data directory (embedded mode): a copy of the directory opens queued scans' credentials. For a deployment set CLOUDDIAGNOZE_SECRET_KEY_FILE (or CLOUDDIAGNOZE_SECRET_KEY).`,
  );
}
