/**
 * Why a store (or the embedded queue's database) cannot take a write right now, in one line fit
 * for a user, or null when `error` is no such failure. These are conditions of the machine (a full
 * disk, a database that does not answer), not of the data: the work that met one is retried.
 */
export function storageUnavailable(error: unknown): string | null {
  const code = codeOf(error);
  if (code === null) return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') {
    return 'the disk of the store is full';
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return 'the store cannot write to its disk';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === '25006') {
    return 'the store is read-only';
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'the store is busy';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the store cannot open its database file';
  if (code === '53200') return 'the store is out of memory';
  if (code === '53300' || code.startsWith('57P') || code.startsWith('08')) {
    return 'the store does not accept connections';
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT') {
    return 'the store does not answer';
  }
  return null;
}

function codeOf(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current !== 'object') return null;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
