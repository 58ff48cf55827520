import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead, type Read } from '../../read.js';
import { mapSelectors, mapTrailStatus, mapTrailSummary } from './mapper.js';
import type {
  CloudTrailRegionSnapshot,
  Trail,
  TrailSelectors,
  TrailStatus,
  TrailSummary,
} from './model.js';

/** The IAM actions the collector calls. */

/** A trail deleted between the list and the read, or another account's organization trail. */
const TRAIL_GONE = [
  'TrailNotFoundException',
  'InvalidTrailNameException',
  'CloudTrailARNInvalidException',
];
/**
 * Status and selectors are one call each per trail (no batch API exists); an account has a handful
 * of trails, and at most this many of these calls run at once.
 */
const TRAIL_CONCURRENCY = 4;

export interface TrailListing {
  /** Trails whose home region is the unit's region. */
  home: SdkTrail[];
  /** Multi-region trails homed elsewhere that also record this region. */
  multiRegionElsewhere: TrailSummary[];
}

/**
 * One DescribeTrails call. Shadow trails are included so that a region knows whether any
 * multi-region trail records it; their settings are read and reported in their home region only.
 */
export async function listTrails(
  ctx: AwsUnitContext,
  client: CloudTrailClient,
): Promise<TrailListing> {
  const answer = await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }), {
    abortSignal: ctx.signal,
  });
  const home: SdkTrail[] = [];
  const multiRegionElsewhere: TrailSummary[] = [];
  for (const trail of answer.trailList ?? []) {
    if (trail.HomeRegion === ctx.region) home.push(trail);
    else if (trail.IsMultiRegionTrail) {
      const summary = mapTrailSummary(trail);
      if (summary) multiRegionElsewhere.push(summary);
    }
  }
  return { home, multiRegionElsewhere };
}

export function readTrailStatus(
  ctx: AwsUnitContext,
  client: CloudTrailClient,
  trailArn: string,
): Promise<Read<TrailStatus>> {
  return guardedRead(
    ctx,
    'cloudtrail:GetTrailStatus',
    async () =>
      mapTrailStatus(
        await client.send(new GetTrailStatusCommand({ Name: trailArn }), {
          abortSignal: ctx.signal,
        }),
      ),
    TRAIL_GONE,
  );
}

export function readTrailSelectors(
  ctx: AwsUnitContext,
  client: CloudTrailClient,
  trailArn: string,
): Promise<Read<TrailSelectors>> {
  return guardedRead(
    ctx,
    'cloudtrail:GetEventSelectors',
    async () =>
      mapSelectors(
        await client.send(new GetEventSelectorsCommand({ TrailName: trailArn }), {
          abortSignal: ctx.signal,
        }),
      ),
    TRAIL_GONE,
  );
}

export const trailConcurrency = () => pLimit(TRAIL_CONCURRENCY);

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]: string }) : {};
}

/**
 * One region's trails: DescribeTrails once, then GetTrailStatus and GetEventSelectors for each
 * trail homed here (bounded concurrency). A denied status or selector read is recorded on the trail.
 */
export async function collectCloudTrailSnapshot(
  ctx: AwsUnitContext,
): Promise<CloudTrailRegionSnapshot> {
  const client = ctx.clients.get(CloudTrailClient);
  const listing = await listTrails(ctx, client);
  const limit = trailConcurrency();
  const trails = await Promise.all(
    listing.home.flatMap((sdk) => {
      const summary = mapTrailSummary(sdk);
      if (!summary) return [];
      return [
        limit(async (): Promise<Trail> => {
          const [status, selectors] = await Promise.all([
            readTrailStatus(ctx, client, summary.arn),
            readTrailSelectors(ctx, client, summary.arn),
          ]);
          return {
            ...summary,
            logFileValidation: sdk.LogFileValidationEnabled ?? false,
            includeGlobalServiceEvents: sdk.IncludeGlobalServiceEvents ?? false,
            ...opt('kmsKeyId', sdk.KmsKeyId),
            ...opt('s3BucketName', sdk.S3BucketName),
            ...opt('cloudWatchLogsLogGroupArn', sdk.CloudWatchLogsLogGroupArn),
            status,
            selectors,
          };
        }),
      ];
    }),
  );
  return { region: ctx.region, trails, multiRegionElsewhere: listing.multiRegionElsewhere };
}
