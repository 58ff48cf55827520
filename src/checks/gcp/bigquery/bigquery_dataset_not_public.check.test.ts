import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import { dataset, snapshot } from './fixtures.js';
import check from './bigquery_dataset_not_public.check.js';

describe('bigquery_dataset_not_public', () => {
  it('fails a dataset granting allUsers and allAuthenticatedUsers and passes a private one', () => {
    const open = dataset('public_data', {
      details: {
        state: 'available',
        value: {
          publicGrants: [
            { role: 'READER', member: 'allUsers' },
            { role: 'READER', member: 'allAuthenticatedUsers' },
          ],
        },
      },
    });
    const analytics = dataset('analytics');
    expect(run(check, snapshot([open, analytics]))).toEqual([
      {
        resource_id: open.id,
        status: 'FAIL',
        reason: 'public_data grants READER to allUsers, READER to allAuthenticatedUsers',
      },
      {
        resource_id: analytics.id,
        status: 'PASS',
        reason: 'analytics grants nothing to allUsers or allAuthenticatedUsers',
      },
    ]);
  });

  it('is an ERROR naming the call when the dataset was not read', () => {
    const hidden = dataset('hidden', { details: denied('bigquery.datasets.get') });
    expect(statuses(check, snapshot([hidden]))).toEqual({ [hidden.id]: 'ERROR' });
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain(
      'bigquery.datasets.get: PERMISSION_DENIED',
    );
  });
});
