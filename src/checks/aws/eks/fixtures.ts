/** EKS snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ClusterDetails,
  EksCluster,
  EksRegionSnapshot,
  ReadFailure,
} from '../../../providers/aws/services/eks/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d`;

export function cluster(
  name: string,
  overrides: Partial<ClusterDetails> | ReadFailure = {},
  unencrypted = false,
): EksCluster {
  return {
    arn: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${name}`,
    name,
    details:
      'state' in overrides
        ? overrides
        : {
            state: 'available',
            value: {
              version: '1.33',
              platformVersion: 'eks.12',
              status: 'ACTIVE',
              endpointPublicAccess: false,
              endpointPrivateAccess: true,
              publicAccessCidrs: [],
              loggingEnabled: ['api', 'audit', 'authenticator'],
              ...(unencrypted ? {} : { secretsKeyArn: KEY }),
              supportType: 'STANDARD',
              ...overrides,
            },
          },
  };
}

export function snapshot(clusters: EksCluster[]): EksRegionSnapshot {
  return { region: REGION, clusters };
}

/**
 * The check tests' day is 2026-07-14 (testing.ts NOW): 1.33 is in standard support until
 * 2026-07-29, 1.31 in extended support until 2026-11-26, 1.29's extended support ended 2026-03-23.
 */
export const sound = cluster('prod');
/** Public endpoint limited to an office range. */
export const restricted = cluster('office', {
  endpointPublicAccess: true,
  publicAccessCidrs: ['203.0.113.0/24'],
});
export const sloppy = cluster(
  'dev',
  {
    version: '1.31',
    endpointPublicAccess: true,
    endpointPrivateAccess: false,
    publicAccessCidrs: ['0.0.0.0/0'],
    loggingEnabled: ['api'],
    supportType: 'EXTENDED',
  },
  true,
);
export const ancient = cluster('legacy', { version: '1.29', loggingEnabled: [] });
export const hidden = cluster('hidden', DENIED('eks:DescribeCluster'));
export const all = snapshot([sound, restricted, sloppy, ancient, hidden]);
