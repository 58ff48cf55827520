import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { STORAGE_METRIC as M } from './metrics.js';
import type { StorageSnapshot } from './model.js';

/** Pure: the project's buckets → inventory and security facts on each bucket. */
export function* extractStorageEvents(snapshot: StorageSnapshot): Generator<EventDraft> {
  for (const bucket of snapshot.buckets) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: bucket.id,
      metric_type,
      metric_value,
    });
    yield fact(M.name, bucket.name);
    yield fact(M.location, bucket.location);
    yield fact(M.storageClass, bucket.storageClass);
    yield fact(M.labels, bucket.labels);
    yield fact(M.versioning, bucket.versioning);
    if (bucket.retention) {
      yield fact(
        M.retentionDays,
        Math.round((bucket.retention.periodSeconds / 86_400) * 100) / 100,
      );
      yield fact(M.retentionLocked, bucket.retention.locked);
    }
    yield fact(M.uniformAccess, bucket.uniformBucketLevelAccess);
    yield fact(M.publicAccessPrevention, bucket.publicAccessPrevention);
    if (bucket.defaultKmsKeyName) yield fact(M.cmek, bucket.defaultKmsKeyName);
    if (bucket.logBucket) yield fact(M.logBucket, bucket.logBucket);
    if (bucket.iam.state === 'available')
      yield fact(
        M.publicMembers,
        bucket.iam.value.publicGrants.map((g) => `${g.role}:${g.member}`),
      );
    else yield fact(M.iamError, readError(bucket.iam) as string);
  }
}
