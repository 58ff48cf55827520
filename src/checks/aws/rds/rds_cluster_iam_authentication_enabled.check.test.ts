import { describe, expect, it } from 'vitest';
import { cluster, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_cluster_iam_authentication_enabled.check.js';

describe('rds_cluster_iam_authentication_enabled', () => {
  it('passes a database configured as recommended', () => {
    expect(run(check, snapshot({ clusters: [cluster('c-1')] })).map((r) => r.status)).toEqual([
      'PASS',
    ]);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ clusters: [cluster('c-2', { iamDatabaseAuthentication: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'c-2 has IAM database authentication off' }]);
  });
});
