import { describe, expect, it } from 'vitest';
import { daysAgo, statuses } from '../testing.js';
import { account, snapshot } from './fixtures.js';
import check from './iam_sa_key_rotated_90_days.check.js';

describe('iam_sa_key_rotated_90_days', () => {
  it('fails a key older than 90 days and passes a recent one', () => {
    const old = { id: 'sa/keys/old', keyId: 'old', createdAt: daysAgo(200), disabled: false };
    const fresh = { id: 'sa/keys/new', keyId: 'new', createdAt: daysAgo(10), disabled: false };
    const deployer = account('deployer', { keys: { state: 'available', value: [old, fresh] } });
    expect(statuses(check, snapshot([deployer]))).toEqual({
      'sa/keys/old': 'FAIL',
      'sa/keys/new': 'PASS',
    });
  });
});
