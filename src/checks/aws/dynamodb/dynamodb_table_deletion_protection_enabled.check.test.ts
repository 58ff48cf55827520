import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import check from './dynamodb_table_deletion_protection_enabled.check.js';
import { snapshot, table } from './fixtures.js';

describe('dynamodb_table_deletion_protection_enabled', () => {
  it('passes a protected table and fails an unprotected one', () => {
    const on = table('orders');
    const off = table('sessions', { deletionProtection: false });
    expect(statuses(check, snapshot([on, off]))).toEqual({ [on.arn]: 'PASS', [off.arn]: 'FAIL' });
  });
});
