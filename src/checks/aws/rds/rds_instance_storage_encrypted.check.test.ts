import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_instance_storage_encrypted.check.js';

describe('rds_instance_storage_encrypted', () => {
  it('passes a database configured as recommended', () => {
    expect(run(check, snapshot({ instances: [instance('db-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('db-2', { storageEncrypted: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'db-2 is not encrypted' }]);
  });
});
