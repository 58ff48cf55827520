import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import check from './storage_blob_soft_delete_enabled.check.js';
import { account, snapshot } from './fixtures.js';

describe('storage_blob_soft_delete_enabled', () => {
  it('passes when the blob service has it, fails when it does not', () => {
    const good = account('stgood');
    const base = account('stbad');
    const bad = account('stbad', {
      blobService: {
        state: 'available',
        value: {
          ...(base.blobService as { value: object }).value,
          blobSoftDeleteEnabled: false,
        } as never,
      },
    });
    expect(statuses(check, snapshot([good, bad]))).toEqual({ [good.id]: 'PASS', [bad.id]: 'FAIL' });
  });

  it('is ERROR, naming the call and code, when the blob service could not be read', () => {
    const unread = account('stunread', {
      blobService: denied('Microsoft.Storage/storageAccounts/blobServices/read'),
    });
    expect(run(check, snapshot([unread]))).toEqual([
      {
        resource_id: unread.id,
        status: 'ERROR',
        reason:
          "stunread's blob service properties could not be read (Microsoft.Storage/storageAccounts/blobServices/read: AuthorizationFailed)",
      },
    ]);
  });
});
