import { describe, expect, it } from 'vitest';
import { allUnreadable, run, statuses } from '../testing.js';
import { all, hidden, sloppy, sound } from './fixtures.js';
import { REDSHIFT_CHECKS } from './index.js';
import audit from './redshift_cluster_audit_logging.check.js';
import snapshots from './redshift_cluster_automated_snapshot.check.js';
import encrypted from './redshift_cluster_encrypted_at_rest.check.js';
import routing from './redshift_cluster_enhanced_vpc_routing.check.js';
import ssl from './redshift_cluster_in_transit_encryption_enabled.check.js';
import publicAccess from './redshift_cluster_public_access.check.js';

const reason = (check: Parameters<typeof run>[0], id: string) =>
  run(check, all).find((r) => r.resource_id === id)?.reason;

describe('Redshift checks', () => {
  it('redshift_cluster_public_access: fails a public endpoint', () => {
    expect(statuses(publicAccess, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
  });

  it('redshift_cluster_encrypted_at_rest: names the KMS key, fails unencrypted', () => {
    expect(statuses(encrypted, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
    expect(reason(encrypted, sound.arn)).toBe(
      `cluster warehouse is encrypted at rest with KMS key ${sound.kmsKeyId}`,
    );
  });

  it('redshift_cluster_enhanced_vpc_routing and redshift_cluster_automated_snapshot', () => {
    expect(statuses(routing, all)[sloppy.arn]).toBe('FAIL');
    expect(statuses(routing, all)[sound.arn]).toBe('PASS');
    expect(statuses(snapshots, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'PASS',
    });
  });

  it('redshift_cluster_audit_logging: fails logging off, ERROR naming DescribeLoggingStatus when unread', () => {
    expect(statuses(audit, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(reason(audit, sound.arn)).toBe('cluster warehouse logs audit events to CloudWatch Logs');
    expect(reason(audit, hidden.arn)).toBe(
      'the audit logging status of cluster hidden could not be read: redshift:DescribeLoggingStatus was denied (AccessDenied) — not authorized to perform this action',
    );
  });

  it('redshift_cluster_in_transit_encryption_enabled: require_ssl of the parameter group, ERROR when unread', () => {
    expect(statuses(ssl, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(reason(ssl, sloppy.arn)).toBe(
      'cluster adhoc accepts connections without SSL (require_ssl is not true in default.redshift-1.0)',
    );
    expect(reason(ssl, hidden.arn)).toMatch(/redshift:DescribeClusterParameters was denied/);
  });

  it('no check passes when every input is denied (what the shared unreadable test will run)', () => {
    const unreadable = allUnreadable(all);
    expect(
      REDSHIFT_CHECKS.flatMap((check) => run(check, unreadable).filter((r) => r.status === 'PASS')),
    ).toEqual([]);
  });
});
