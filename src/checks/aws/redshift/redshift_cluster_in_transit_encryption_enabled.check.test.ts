import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_in_transit_encryption_enabled.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_in_transit_encryption_enabled', () => {
  it('redshift_cluster_in_transit_encryption_enabled: require_ssl of the parameter group, ERROR when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(reason(sloppy.arn)).toBe(
      'cluster adhoc accepts connections without SSL (require_ssl is not true in default.redshift-1.0)',
    );
    expect(reason(hidden.arn)).toBe(
      'parameter group locked of cluster hidden could not be read: redshift:DescribeClusterParameters was denied (AccessDenied) — not authorized to perform this action',
    );
  });
});
