import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import check from './redshift_cluster_audit_logging.check.js';

const reason = (id: string) => run(check, all).find((r) => r.resource_id === id)?.reason;

describe('redshift_cluster_audit_logging', () => {
  it('redshift_cluster_audit_logging: fails logging off, ERROR naming DescribeLoggingStatus when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(reason(sound.arn)).toBe('cluster warehouse logs audit events to CloudWatch Logs');
    expect(reason(hidden.arn)).toBe(
      'the audit logging status of cluster hidden could not be read: redshift:DescribeLoggingStatus was denied (AccessDenied) — not authorized to perform this action',
    );
  });
});
