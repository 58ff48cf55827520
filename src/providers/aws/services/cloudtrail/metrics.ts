import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.cloudtrail';
const S = 'aws.security.cloudtrail';

/** Metric types, by name. Trails are reported from their home region only. */
export const CLOUDTRAIL_METRIC = {
  homeRegion: `${M}.home_region`,
  s3BucketName: `${M}.s3_bucket_name`,
  organizationTrail: `${M}.organization_trail`,
  cloudWatchLogsLogGroupArn: `${M}.cloudwatch_logs_log_group_arn`,
  trailCount: `${M}.trail_count`,

  multiRegion: `${S}.multi_region`,
  isLogging: `${S}.is_logging`,
  logFileValidationEnabled: `${S}.log_file_validation_enabled`,
  kmsEncryptionEnabled: `${S}.kms_encryption_enabled`,
  kmsKeyId: `${S}.kms_key_id`,
  includeGlobalServiceEvents: `${S}.include_global_service_events`,
  cloudWatchLogsEnabled: `${S}.cloudwatch_logs_enabled`,
  latestDeliveryError: `${S}.latest_delivery_error`,
  latestCloudWatchLogsDeliveryError: `${S}.latest_cloudwatch_logs_delivery_error`,
  managementEvents: `${S}.management_events`,
  s3ObjectEvents: `${S}.s3_object_events`,
  statusError: `${S}.status_error`,
  eventSelectorsError: `${S}.event_selectors_error`,
  multiRegionTrailCount: `${S}.multi_region_trail_count`,
} as const;

export const CLOUDTRAIL_METRICS: readonly MetricDefinition[] = [
  metric(CLOUDTRAIL_METRIC.homeRegion, 'string', 'Region the trail was created in.'),
  metric(
    CLOUDTRAIL_METRIC.s3BucketName,
    'string',
    'Bucket the trail delivers its log files to (its own logging and public access are S3 facts).',
  ),
  metric(
    CLOUDTRAIL_METRIC.organizationTrail,
    'boolean',
    'True for an organization trail, which records every account of the organization.',
  ),
  metric(
    CLOUDTRAIL_METRIC.cloudWatchLogsLogGroupArn,
    'string',
    'CloudWatch Logs log group the trail delivers events to.',
  ),
  metric(
    CLOUDTRAIL_METRIC.trailCount,
    'number',
    'Trails whose home region is this region.',
    'count',
  ),

  metric(CLOUDTRAIL_METRIC.multiRegion, 'boolean', 'True when the trail records every region.'),
  metric(
    CLOUDTRAIL_METRIC.isLogging,
    'boolean',
    'True when the trail is recording (GetTrailStatus).',
  ),
  metric(
    CLOUDTRAIL_METRIC.logFileValidationEnabled,
    'boolean',
    'True when CloudTrail writes signed digest files to prove log files were not altered.',
  ),
  metric(
    CLOUDTRAIL_METRIC.kmsEncryptionEnabled,
    'boolean',
    'True when log files are encrypted with a KMS key (SSE-KMS).',
  ),
  metric(CLOUDTRAIL_METRIC.kmsKeyId, 'string', 'KMS key encrypting the log files.'),
  metric(
    CLOUDTRAIL_METRIC.includeGlobalServiceEvents,
    'boolean',
    'True when events of global services (IAM, STS, CloudFront) are recorded.',
  ),
  metric(
    CLOUDTRAIL_METRIC.cloudWatchLogsEnabled,
    'boolean',
    'True when the trail delivers events to a CloudWatch Logs log group.',
  ),
  metric(
    CLOUDTRAIL_METRIC.latestDeliveryError,
    'string',
    'Last error delivering log files to S3, when there is one.',
  ),
  metric(
    CLOUDTRAIL_METRIC.latestCloudWatchLogsDeliveryError,
    'string',
    'Last error delivering events to CloudWatch Logs, when there is one.',
  ),
  metric(
    CLOUDTRAIL_METRIC.managementEvents,
    'object',
    'Management events recorded: {read, write} booleans.',
  ),
  metric(
    CLOUDTRAIL_METRIC.s3ObjectEvents,
    'object',
    'S3 object-level (data) events recorded: {read_all_buckets, write_all_buckets, some_buckets}.',
  ),
  metric(
    CLOUDTRAIL_METRIC.statusError,
    'string',
    'Why the trail status could not be read (action: error code); is_logging is then absent.',
  ),
  metric(
    CLOUDTRAIL_METRIC.eventSelectorsError,
    'string',
    'Why the event selectors could not be read (action: error code); the event facts are then absent.',
  ),
  metric(
    CLOUDTRAIL_METRIC.multiRegionTrailCount,
    'number',
    'Multi-region trails recording this region, wherever their home region.',
    'count',
  ),
];
