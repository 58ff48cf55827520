import { describe, expect, it } from 'vitest';
import { instance, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_instance_multi_az.check.js';

describe('rds_instance_multi_az', () => {
  it('passes a database configured as recommended', () => {
    expect(
      run(
        check,
        snapshot({
          instances: [instance('db-1'), instance('member', { multiAz: false, clusterId: 'c-1' })],
        }),
      ).map((r) => r.status),
    ).toEqual(['PASS']);
  });

  it('fails naming the setting', () => {
    expect(
      run(check, snapshot({ instances: [instance('db-2', { multiAz: false })] })),
    ).toMatchObject([{ status: 'FAIL', reason: 'db-2 runs in a single Availability Zone' }]);
  });
});
