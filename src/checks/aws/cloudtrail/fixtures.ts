import type {
  CloudTrailRegionSnapshot,
  Trail,
} from '../../../providers/aws/services/cloudtrail/model.js';
import { ACCOUNT, REGION } from '../testing.js';

/** A well-configured multi-region trail homed in the test region; tests spoil one setting at a time. */
export function trail(over: Partial<Trail> = {}): Trail {
  const name = over.name ?? 'audit';
  return {
    arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`,
    name,
    homeRegion: REGION,
    multiRegion: true,
    organizationTrail: false,
    logFileValidation: true,
    includeGlobalServiceEvents: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/11111111-2222-4333-8444-555555555555`,
    s3BucketName: 'acme-trail',
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:trail:*`,
    status: { state: 'available', value: { isLogging: true } },
    selectors: {
      state: 'available',
      value: {
        management: { read: true, write: true },
        s3ObjectsAllBuckets: { read: true, write: true },
        s3ObjectsSomeBuckets: false,
      },
    },
    ...over,
  };
}

export function snapshot(
  trails: Trail[],
  multiRegionElsewhere: CloudTrailRegionSnapshot['multiRegionElsewhere'] = [],
): CloudTrailRegionSnapshot {
  return { region: REGION, trails, multiRegionElsewhere };
}

export const ELSEWHERE = [
  {
    arn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/global`,
    name: 'global',
    homeRegion: 'us-east-1',
    multiRegion: true,
    organizationTrail: false,
  },
];

export const REGION_SCOPE = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:region/${REGION}`;

export const DENIED = {
  state: 'denied',
  action: 'cloudtrail:GetTrailStatus',
  errorCode: 'AccessDeniedException',
} as const;
