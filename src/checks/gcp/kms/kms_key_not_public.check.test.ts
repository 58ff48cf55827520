import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run, statuses } from '../testing.js';
import { key, snapshot } from './fixtures.js';
import check from './kms_key_not_public.check.js';

describe('kms_key_not_public', () => {
  it('fails a key granting allAuthenticatedUsers and passes one without a public grant', () => {
    const shared = key('legacy');
    const data = key('data');
    const grants = {
      state: 'available' as const,
      value: {
        [shared.id]: ['roles/cloudkms.cryptoKeyEncrypterDecrypter:allAuthenticatedUsers'],
        [data.id]: [],
      },
    };
    expect(run(check, snapshot([shared, data], grants))).toEqual([
      {
        resource_id: shared.id,
        status: 'FAIL',
        reason: 'legacy grants roles/cloudkms.cryptoKeyEncrypterDecrypter:allAuthenticatedUsers',
      },
      {
        resource_id: data.id,
        status: 'PASS',
        reason: 'data grants nothing to allUsers or allAuthenticatedUsers',
      },
    ]);
  });

  it('passes a key the policy search returned nothing for (no policy of its own)', () => {
    const bare = key('bare');
    expect(statuses(check, snapshot([bare]))).toEqual({ [bare.id]: 'PASS' });
  });

  it('is an ERROR naming the call on each key when the IAM policies were not read', () => {
    const data = key('data');
    const results = run(check, snapshot([data], denied('cloudasset.searchAllIamPolicies')));
    expect(results).toMatchObject([{ resource_id: data.id, status: 'ERROR' }]);
    expect(results[0]?.reason).toContain('cloudasset.searchAllIamPolicies: PERMISSION_DENIED');
  });

  it('is an ERROR on the project naming the call when the keys were not listed', () => {
    const results = run(check, {
      ...snapshot([]),
      keys: denied('cloudasset.assets.list'),
    });
    expect(results).toMatchObject([{ resource_id: PROJECT_ID, status: 'ERROR' }]);
    expect(results[0]?.reason).toContain('cloudasset.assets.list: PERMISSION_DENIED');
  });
});
