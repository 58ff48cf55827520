import { describe, expect, it } from 'vitest';
import { daysAgo, denied, run, statuses } from '../testing.js';
import { account, snapshot } from './fixtures.js';
import check from './iam_sa_no_user_managed_keys.check.js';

describe('iam_sa_no_user_managed_keys', () => {
  it('fails an account with a key, passes one without, leaves Google-created accounts out', () => {
    const key = { id: 'k1', keyId: 'k1', createdAt: daysAgo(3), disabled: false };
    const withKey = account('deployer', { keys: { state: 'available', value: [key] } });
    const clean = account('app');
    const google = account('123-compute@developer.gserviceaccount.com', {
      keys: { state: 'available', value: [key] },
    });
    expect(statuses(check, snapshot([withKey, clean, google]))).toEqual({
      [withKey.id]: 'FAIL',
      [clean.id]: 'PASS',
    });
  });

  it('is an ERROR naming the call when the keys were not listed', () => {
    const hidden = account('hidden', { keys: denied('iam.projects.serviceAccounts.keys.list') });
    expect(run(check, snapshot([hidden]))[0]).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining('iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED'),
    });
  });
});
