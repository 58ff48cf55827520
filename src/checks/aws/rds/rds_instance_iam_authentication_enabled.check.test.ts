import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_instance_iam_authentication_enabled.check.js';

describe('rds_instance_iam_authentication_enabled', () => {
  it('passes a database configured as recommended', () => {
    expect(
      run(
        check,
        snapshot({
          instances: [
            instance('db-1'),
            instance('ora', { engine: 'oracle-ee', iamDatabaseAuthentication: false }),
          ],
        }),
      ).map((r) => r.status),
    ).toEqual(['PASS']);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('db-2', { iamDatabaseAuthentication: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'db-2 has IAM database authentication off' }]);
  });
});
