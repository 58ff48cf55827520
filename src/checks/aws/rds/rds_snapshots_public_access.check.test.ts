import { describe, expect, it } from 'vitest';
import { dbSnapshot, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './rds_snapshots_public_access.check.js';

describe('rds_snapshots_public_access', () => {
  it('passes a database configured as recommended', () => {
    expect(
      run(
        check,
        snapshot({
          snapshots: [
            dbSnapshot('s-1', {
              sharing: {
                state: 'available',
                value: { public: false, sharedWithAccounts: ['210987654321'] },
              },
            }),
          ],
        }),
      ).map((r) => r.status),
    ).toEqual(['PASS']);
  });

  it('fails naming the setting', () => {
    expect(
      run(
        check,
        snapshot({
          snapshots: [
            dbSnapshot('s-2', {
              sharing: { state: 'available', value: { public: true, sharedWithAccounts: [] } },
            }),
          ],
        }),
      ),
    ).toMatchObject([{ status: 'FAIL', reason: 's-2 can be restored by any AWS account' }]);
  });

  it('reports ERROR naming the action when the sharing attributes could not be read', () => {
    const s = snapshot({
      snapshots: [
        dbSnapshot('s-3', {
          kind: 'cluster',
          sharing: {
            state: 'denied',
            action: 'rds:DescribeDBClusterSnapshotAttributes',
            errorCode: 'AccessDenied',
          },
        }),
      ],
    });
    expect(run(check, s)[0]).toMatchObject({
      status: 'ERROR',
      reason:
        "s-3's sharing could not be read: rds:DescribeDBClusterSnapshotAttributes was denied (AccessDenied)",
    });
  });
});
