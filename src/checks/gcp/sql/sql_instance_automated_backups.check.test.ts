import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { db, snapshot } from './fixtures.js';
import check from './sql_instance_automated_backups.check.js';

describe('sql_instance_automated_backups', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = db('bad', { backupsEnabled: false });
    const good = db('good', {});
    const replica = db('replica', { ...{ backupsEnabled: false }, replicaOf: 'acme-prod:good' });
    expect(statuses(check, snapshot([bad, good, replica]))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });
});
