import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's CloudTrail snapshot in our own compact types: extractors and checks never see SDK shapes. */

export type { Read, ReadFailure };

/** Which halves of a kind of event a trail records. */
export interface EventCoverage {
  read: boolean;
  write: boolean;
}

/** What a trail's basic or advanced event selectors record, as the benchmark reads them. */
export interface TrailSelectors {
  management: EventCoverage;
  /** S3 object-level (data) events recorded for every bucket, current and future. */
  s3ObjectsAllBuckets: EventCoverage;
  /** S3 object-level events recorded for some buckets only (a bucket or prefix list, or a filter). */
  s3ObjectsSomeBuckets: boolean;
}

export interface TrailStatus {
  isLogging: boolean;
  latestDeliveryError?: string;
  latestCloudWatchLogsDeliveryError?: string;
  /** ISO 8601, UTC. */
  latestCloudWatchLogsDeliveryTime?: string;
}

export interface TrailSummary {
  arn: string;
  name: string;
  homeRegion: string;
  multiRegion: boolean;
  organizationTrail: boolean;
}

export interface Trail extends TrailSummary {
  logFileValidation: boolean;
  includeGlobalServiceEvents: boolean;
  kmsKeyId?: string;
  /** The bucket's own logging and public access are facts of the S3 scanner. */
  s3BucketName?: string;
  cloudWatchLogsLogGroupArn?: string;
  status: Read<TrailStatus>;
  selectors: Read<TrailSelectors>;
}

export interface CloudTrailRegionSnapshot {
  region: string;
  /** Trails whose home region is this one: each trail is reported once, from its home region. */
  trails: Trail[];
  /** Multi-region trails of other home regions that also record this region (reported there). */
  multiRegionElsewhere: TrailSummary[];
}

/** The CloudTrail scanner, as its checks name it. */
export const CLOUDTRAIL = scannerRef<CloudTrailRegionSnapshot>('aws', 'cloudtrail');
