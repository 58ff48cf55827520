import type {
  AdvancedEventSelector,
  EventSelector,
  GetEventSelectorsCommandOutput,
  GetTrailStatusCommandOutput,
  Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import type { EventCoverage, TrailSelectors, TrailStatus, TrailSummary } from './model.js';

export function mapTrailSummary(trail: SdkTrail): TrailSummary | undefined {
  if (!trail.TrailARN || !trail.Name || !trail.HomeRegion) return undefined;
  return {
    arn: trail.TrailARN,
    name: trail.Name,
    homeRegion: trail.HomeRegion,
    multiRegion: trail.IsMultiRegionTrail ?? false,
    organizationTrail: trail.IsOrganizationTrail ?? false,
  };
}

export function mapTrailStatus(answer: GetTrailStatusCommandOutput): TrailStatus {
  return {
    isLogging: answer.IsLogging ?? false,
    ...(answer.LatestDeliveryError ? { latestDeliveryError: answer.LatestDeliveryError } : {}),
    ...(answer.LatestCloudWatchLogsDeliveryError
      ? { latestCloudWatchLogsDeliveryError: answer.LatestCloudWatchLogsDeliveryError }
      : {}),
    ...(answer.LatestCloudWatchLogsDeliveryTime
      ? { latestCloudWatchLogsDeliveryTime: answer.LatestCloudWatchLogsDeliveryTime.toISOString() }
      : {}),
  };
}

const S3_OBJECT = 'AWS::S3::Object';

function coverage(readWriteType: string | undefined): EventCoverage {
  return {
    read: readWriteType === undefined || readWriteType === 'All' || readWriteType === 'ReadOnly',
    write: readWriteType === undefined || readWriteType === 'All' || readWriteType === 'WriteOnly',
  };
}

function merge(a: EventCoverage, b: EventCoverage): EventCoverage {
  return { read: a.read || b.read, write: a.write || b.write };
}

const NONE: EventCoverage = { read: false, write: false };

/** `arn:aws:s3` (or `arn:aws:s3:::`) in a basic selector means every bucket, current and future. */
function isAllBuckets(value: string): boolean {
  return /^arn:aws[a-z-]*:s3(:::)?$/.test(value);
}

function fromBasic(selectors: readonly EventSelector[]): TrailSelectors {
  let management = NONE;
  let all = NONE;
  let some = false;
  for (const selector of selectors) {
    const cover = coverage(selector.ReadWriteType ?? 'All');
    if (selector.IncludeManagementEvents ?? true) management = merge(management, cover);
    for (const resource of selector.DataResources ?? []) {
      if (resource.Type !== S3_OBJECT) continue;
      if ((resource.Values ?? []).some(isAllBuckets)) all = merge(all, cover);
      else if ((resource.Values ?? []).length > 0) some = true;
    }
  }
  return { management, s3ObjectsAllBuckets: all, s3ObjectsSomeBuckets: some };
}

/** readOnly Equals ["true"] → reads only, ["false"] → writes only, absent → both. */
function readOnlyCoverage(selector: AdvancedEventSelector): EventCoverage {
  const field = (selector.FieldSelectors ?? []).find((f) => f.Field === 'readOnly');
  const equals = field?.Equals ?? [];
  if (equals.length !== 1) return { read: true, write: true };
  return equals[0] === 'true' ? { read: true, write: false } : { read: false, write: true };
}

const NARROWING_FIELDS = new Set(['eventCategory', 'readOnly', 'resources.type']);

function fromAdvanced(selectors: readonly AdvancedEventSelector[]): TrailSelectors {
  let management = NONE;
  let all = NONE;
  let some = false;
  for (const selector of selectors) {
    const fields = selector.FieldSelectors ?? [];
    const category = fields.find((f) => f.Field === 'eventCategory')?.Equals ?? [];
    const cover = readOnlyCoverage(selector);
    if (category.includes('Management')) management = merge(management, cover);
    if (!category.includes('Data')) continue;
    const types = fields.find((f) => f.Field === 'resources.type')?.Equals ?? [];
    if (!types.includes(S3_OBJECT)) continue;
    // Any other field (resources.ARN, eventName…) narrows the selector to some buckets or calls.
    if (fields.some((f) => !NARROWING_FIELDS.has(f.Field ?? ''))) some = true;
    else all = merge(all, cover);
  }
  return { management, s3ObjectsAllBuckets: all, s3ObjectsSomeBuckets: some };
}

export function mapSelectors(answer: GetEventSelectorsCommandOutput): TrailSelectors {
  if (answer.AdvancedEventSelectors && answer.AdvancedEventSelectors.length > 0) {
    return fromAdvanced(answer.AdvancedEventSelectors);
  }
  return fromBasic(answer.EventSelectors ?? []);
}
