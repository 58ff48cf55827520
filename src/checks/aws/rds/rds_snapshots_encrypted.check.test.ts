import { describe, expect, it } from 'vitest';
import { dbSnapshot, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_snapshots_encrypted.check.js';

describe('rds_snapshots_encrypted', () => {
  it('passes a database configured as recommended', () => {
    expect(run(check, snapshot({ snapshots: [dbSnapshot('s-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ snapshots: [dbSnapshot('s-2', { encrypted: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 's-2 is not encrypted' }]);
  });
});
