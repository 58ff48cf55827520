import { describe, expect, it } from 'vitest';
import { denied, run, statuses } from '../testing.js';
import { dataset, KEY, snapshot } from './fixtures.js';
import check from './bigquery_dataset_default_cmek.check.js';

describe('bigquery_dataset_default_cmek', () => {
  it('passes a dataset with a default KMS key and fails one on Google-managed keys', () => {
    const analytics = dataset('analytics');
    const staging = dataset('staging', {
      details: { state: 'available', value: { publicGrants: [] } },
    });
    expect(run(check, snapshot([analytics, staging]))).toEqual([
      {
        resource_id: analytics.id,
        status: 'PASS',
        reason: `analytics encrypts new tables with ${KEY}`,
      },
      {
        resource_id: staging.id,
        status: 'FAIL',
        reason: 'staging has no default customer-managed key',
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
