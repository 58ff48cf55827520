import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './dynamodb_table_pitr_enabled.check.js';
import { DENIED, snapshot, table } from './fixtures.js';

describe('dynamodb_table_pitr_enabled', () => {
  it('passes a table with PITR, fails one without, is ERROR where the backups were denied', () => {
    const on = table('orders');
    const off = table('sessions', {
      backups: { state: 'available', value: { pitrEnabled: false } },
    });
    const denied = table('audit', { backups: DENIED('dynamodb:DescribeContinuousBackups') });

    expect(run(check, snapshot([on, off, denied]))).toEqual([
      { resource_id: on.arn, status: 'PASS', reason: 'orders has point-in-time recovery' },
      {
        resource_id: off.arn,
        status: 'FAIL',
        reason: 'sessions has point-in-time recovery disabled',
      },
      {
        resource_id: denied.arn,
        status: 'ERROR',
        reason:
          'the continuous backups of audit could not be read: dynamodb:DescribeContinuousBackups was denied (AccessDeniedException) — not authorized to perform this action',
      },
    ]);
  });
});
