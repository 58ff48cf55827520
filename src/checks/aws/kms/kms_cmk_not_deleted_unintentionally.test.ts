import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { awsManaged, customerKey, keyArn, region } from './fixtures.js';
import check from './kms_cmk_not_deleted_unintentionally.check.js';

describe('kms_cmk_not_deleted_unintentionally', () => {
  it('passes live keys and fails a key pending deletion with its date', () => {
    const snapshot = region([
      awsManaged,
      customerKey('payments'),
      customerKey('doomed', { state: 'PendingDeletion', deletionDate: '2026-07-21T00:00:00.000Z' }),
    ]);
    expect(run(check, snapshot)).toEqual([
      { resource_id: keyArn('payments'), status: 'PASS', reason: 'key alias/payments is Enabled' },
      {
        resource_id: keyArn('doomed'),
        status: 'FAIL',
        reason: 'key alias/doomed is PendingDeletion (deleted on 2026-07-21)',
      },
    ]);
  });

  it('reports ERROR when a key could not be described', () => {
    const key = {
      ...customerKey('hidden'),
      details: { state: 'denied', action: 'kms:DescribeKey', errorCode: 'AccessDeniedException' },
    } as const;
    expect(run(check, region([key]))[0]).toMatchObject({
      status: 'ERROR',
      reason:
        'key alias/hidden could not be read: kms:DescribeKey was denied (AccessDeniedException)',
    });
  });
});
