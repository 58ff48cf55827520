/** ECR snapshots for the check tests, in the collector's normalized shapes. */
import type {
  EcrRegionSnapshot,
  ReadFailure,
  Repository,
} from '../../../providers/aws/services/ecr/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 400,
});

const NONE = (action: string, errorCode: string): ReadFailure => ({
  state: 'absent',
  action,
  errorCode,
});

export function repository(name: string, overrides: Partial<Repository> = {}): Repository {
  return {
    arn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`,
    name,
    uri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}`,
    registryId: ACCOUNT,
    createdAt: '2025-01-10T08:00:00.000Z',
    imageTagMutability: 'IMMUTABLE',
    tagMutabilityExclusions: [],
    scanOnPush: true,
    encryption: { type: 'AES256' },
    scanning: {
      state: 'available',
      value: { scanFrequency: 'SCAN_ON_PUSH', scanOnPush: true, appliedFilters: [] },
    },
    lifecyclePolicy: { state: 'available', value: { ruleCount: 1 } },
    policy: NONE('ecr:GetRepositoryPolicy', 'RepositoryPolicyNotFoundException'),
    ...overrides,
  };
}

export function snapshot(repositories: Repository[]): EcrRegionSnapshot {
  return {
    region: REGION,
    repositories,
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
  };
}

/** Sound; scanned by a registry rule; sloppy and public; every per-repository read denied. */
export const sound = repository('orders-api');
export const ruled = repository('base-images/node', {
  scanOnPush: false,
  scanning: {
    state: 'available',
    value: { scanFrequency: 'CONTINUOUS_SCAN', scanOnPush: false, appliedFilters: ['base-*'] },
  },
  policy: {
    state: 'available',
    value: {
      statementCount: 1,
      publicStatements: [],
      publicActions: [],
      externalAccounts: ['210987654321'],
    },
  },
});
export const sloppy = repository('legacy-tools', {
  imageTagMutability: 'MUTABLE',
  scanOnPush: false,
  scanning: {
    state: 'available',
    value: { scanFrequency: 'MANUAL', scanOnPush: false, appliedFilters: [] },
  },
  lifecyclePolicy: NONE('ecr:GetLifecyclePolicy', 'LifecyclePolicyNotFoundException'),
  policy: {
    state: 'available',
    value: {
      statementCount: 1,
      publicStatements: ['PublicPull'],
      publicActions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      externalAccounts: [],
    },
  },
});
export const hidden = repository('hidden', {
  scanOnPush: false,
  scanning: DENIED('ecr:BatchGetRepositoryScanningConfiguration'),
  lifecyclePolicy: DENIED('ecr:GetLifecyclePolicy'),
  policy: DENIED('ecr:GetRepositoryPolicy'),
});
export const all = snapshot([sound, ruled, sloppy, hidden]);
