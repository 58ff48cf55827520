import type { EventDraft, MetricValue } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { CLOUDTRAIL_METRIC as C } from './metrics.js';
import type { CloudTrailRegionSnapshot, Trail } from './model.js';

type ExtractContext = Pick<AwsUnitContext, 'accountId' | 'region'>;

function fact(resourceId: string, metricType: string, value: MetricValue): EventDraft {
  return { resource_id: resourceId, metric_type: metricType, metric_value: value };
}

function* trailEvents(trail: Trail): Generator<EventDraft> {
  const id = trail.arn;
  yield fact(id, C.homeRegion, trail.homeRegion);
  yield fact(id, C.organizationTrail, trail.organizationTrail);
  if (trail.s3BucketName) yield fact(id, C.s3BucketName, trail.s3BucketName);
  yield fact(id, C.multiRegion, trail.multiRegion);
  yield fact(id, C.logFileValidationEnabled, trail.logFileValidation);
  yield fact(id, C.kmsEncryptionEnabled, trail.kmsKeyId !== undefined);
  if (trail.kmsKeyId) yield fact(id, C.kmsKeyId, trail.kmsKeyId);
  yield fact(id, C.includeGlobalServiceEvents, trail.includeGlobalServiceEvents);
  yield fact(id, C.cloudWatchLogsEnabled, trail.cloudWatchLogsLogGroupArn !== undefined);
  if (trail.cloudWatchLogsLogGroupArn) {
    yield fact(id, C.cloudWatchLogsLogGroupArn, trail.cloudWatchLogsLogGroupArn);
  }
  if (trail.status.state === 'available') {
    const status = trail.status.value;
    yield fact(id, C.isLogging, status.isLogging);
    if (status.latestDeliveryError)
      yield fact(id, C.latestDeliveryError, status.latestDeliveryError);
    if (status.latestCloudWatchLogsDeliveryError) {
      yield fact(id, C.latestCloudWatchLogsDeliveryError, status.latestCloudWatchLogsDeliveryError);
    }
  } else {
    yield fact(id, C.statusError, readError(trail.status) ?? '');
  }
  if (trail.selectors.state === 'available') {
    const s = trail.selectors.value;
    yield fact(id, C.managementEvents, { read: s.management.read, write: s.management.write });
    yield fact(id, C.s3ObjectEvents, {
      read_all_buckets: s.s3ObjectsAllBuckets.read,
      write_all_buckets: s.s3ObjectsAllBuckets.write,
      some_buckets: s.s3ObjectsSomeBuckets,
    });
  } else {
    yield fact(id, C.eventSelectorsError, readError(trail.selectors) ?? '');
  }
}

/** Pure: one region's CloudTrail snapshot → events. */
export function* extractCloudTrailEvents(
  snapshot: CloudTrailRegionSnapshot,
  ctx: ExtractContext,
): Generator<EventDraft> {
  for (const trail of snapshot.trails) yield* trailEvents(trail);
  const regionId = regionScopeId('cloudtrail', ctx.region, ctx.accountId);
  yield fact(regionId, C.trailCount, snapshot.trails.length);
  yield fact(
    regionId,
    C.multiRegionTrailCount,
    snapshot.trails.filter((t) => t.multiRegion).length + snapshot.multiRegionElsewhere.length,
  );
}
