import { describe, expect, it } from 'vitest';
import { cluster, instance, snapshot } from './fixtures.js';
import { context, run } from '../testing.js';
import check from './rds_instance_backup_enabled.check.js';

describe('rds_instance_backup_enabled', () => {
  it('passes a database configured as recommended', () => {
    expect(run(check, snapshot({ instances: [instance('db-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(
        check,
        snapshot({
          instances: [instance('db-2', { backupRetentionDays: 0 })],
          clusters: [cluster('c-1', { backupRetentionDays: 3 })],
        }),
      ),
    ).toMatchObject([
      { status: 'FAIL', reason: 'db-2 has automated backups off' },
      { status: 'FAIL', reason: 'c-1 keeps backups for 3 days, below 7' },
    ]);
  });

  it('takes the minimum retention from check_config', () => {
    const ctx = context({ options: { check_config: { min_backup_retention_days: 14 } } });
    expect(run(check, snapshot({ instances: [instance('db-1')] }), ctx)[0]?.status).toBe('FAIL');
  });
});
