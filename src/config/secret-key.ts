import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that seals scan credentials between the API and the workers: CLOUDDIAGNOZE_SECRET_KEY when
 * set (every process of a deployment must share it), otherwise one generated once in the data directory.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured)
    return /^[0-9a-fA-F]{64}$/.test(configured)
      ? Buffer.from(configured, 'hex')
      : Buffer.from(configured, 'base64');
  const file = join(dataDir, 'secret.key');
  try {
    const existing = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (existing.length === 32) return existing;
  } catch {
    // absent: generated below
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'w' });
  return key;
}
