import { describe, expect, it } from 'vitest';
import { storageUnavailable } from './storage-errors.js';

describe('storageUnavailable', () => {
  it('names the machine conditions of SQLite, PostgreSQL and the file system', () => {
    const failure = (code: string) => Object.assign(new Error('boom'), { code });
    expect(storageUnavailable(failure('SQLITE_FULL'))).toBe('the disk of the store is full');
    expect(storageUnavailable(failure('53100'))).toBe('the disk of the store is full');
    expect(storageUnavailable(failure('SQLITE_IOERR_WRITE'))).toMatch(/cannot write/);
    expect(storageUnavailable(failure('57P01'))).toMatch(/does not accept connections/);
    expect(storageUnavailable(new Error('wrapped', { cause: failure('ENOSPC') }))).toBe(
      'the disk of the store is full',
    );
  });

  it('leaves data errors and unknown failures alone', () => {
    expect(
      storageUnavailable(Object.assign(new Error('dup'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })),
    ).toBeNull();
    expect(storageUnavailable(Object.assign(new Error('dup'), { code: '23505' }))).toBeNull();
    expect(storageUnavailable(new Error('no code'))).toBeNull();
    expect(storageUnavailable('text')).toBeNull();
  });
});
