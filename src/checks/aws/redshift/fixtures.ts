/** Redshift snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ReadFailure,
  RedshiftCluster,
  RedshiftRegionSnapshot,
} from '../../../providers/aws/services/redshift/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export function cluster(id: string, overrides: Partial<RedshiftCluster> = {}): RedshiftCluster {
  return {
    arn: `arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:${id}`,
    id,
    status: 'available',
    nodeType: 'ra3.xlplus',
    numberOfNodes: 2,
    publiclyAccessible: false,
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e`,
    enhancedVpcRouting: true,
    automatedSnapshotRetentionDays: 7,
    parameterGroups: ['secure-params'],
    masterUsername: 'wh_admin',
    dbName: 'analytics',
    clusterVersion: '1.0',
    allowVersionUpgrade: true,
    vpcId: 'vpc-0a1b2c3d',
    createdTime: '2024-09-01T10:00:00.000Z',
    logging: {
      state: 'available',
      value: { enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog'] },
    },
    ...overrides,
  };
}

export function snapshot(
  clusters: RedshiftCluster[],
  parameterGroups: RedshiftRegionSnapshot['parameterGroups'] = PARAMETER_GROUPS,
): RedshiftRegionSnapshot {
  return {
    region: REGION,
    clusters,
    parameterGroups,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
    pricing: { state: 'not_requested' },
  };
}

export const PARAMETER_GROUPS: RedshiftRegionSnapshot['parameterGroups'] = {
  'secure-params': { state: 'available', value: { requireSsl: true } },
  'default.redshift-1.0': { state: 'available', value: { requireSsl: false } },
  locked: DENIED('redshift:DescribeClusterParameters'),
};

/** Sound; open and sloppy on the default group; logging and parameters unread. */
export const sound = cluster('warehouse');
export const sloppy = cluster('adhoc', {
  publiclyAccessible: true,
  encrypted: false,
  enhancedVpcRouting: false,
  automatedSnapshotRetentionDays: 0,
  parameterGroups: ['default.redshift-1.0'],
  logging: { state: 'available', value: { enabled: false, logExports: [] } },
  kmsKeyId: undefined,
});
delete sloppy.kmsKeyId;
export const hidden = cluster('hidden', {
  parameterGroups: ['locked'],
  logging: DENIED('redshift:DescribeLoggingStatus'),
});

export const all = snapshot([sound, sloppy, hidden]);
