import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import { bucket, snapshot } from './fixtures.js';
import check from './storage_bucket_not_public.check.js';

describe('storage_bucket_not_public', () => {
  it('fails a bucket granting allUsers and passes a private one', () => {
    const site = bucket('acme-www', {
      iam: {
        state: 'available',
        value: { publicGrants: [{ role: 'roles/storage.objectViewer', member: 'allUsers' }] },
      },
    });
    const logs = bucket('acme-logs');
    expect(run(check, snapshot([site, logs]))).toEqual([
      {
        resource_id: site.id,
        status: 'FAIL',
        reason: 'acme-www grants roles/storage.objectViewer to allUsers',
      },
      {
        resource_id: logs.id,
        status: 'PASS',
        reason: 'acme-logs grants nothing to allUsers or allAuthenticatedUsers',
      },
    ]);
  });

  it('is an ERROR naming the call when the policy was not read', () => {
    const hidden = bucket('hidden', { iam: denied('storage.buckets.getIamPolicy') });
    expect(statuses(check, snapshot([hidden]))).toEqual({ [hidden.id]: 'ERROR' });
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain(
      'storage.buckets.getIamPolicy: PERMISSION_DENIED',
    );
  });
});
