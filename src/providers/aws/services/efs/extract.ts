import type { EventDraft } from '../../../../core/index.js';
import { EFS_METRIC as E } from './metrics.js';
import type { EfsRegionSnapshot } from './model.js';

/** Pure: the region's file systems → events on each file system's ARN. */
export function* extractEfsEvents(snapshot: EfsRegionSnapshot): Generator<EventDraft> {
  for (const fs of snapshot.fileSystems) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: fs.arn,
      metric_type,
      metric_value,
    });
    yield fact(E.fileSystemId, fs.id);
    if (fs.name) yield fact(E.name, fs.name);
    yield fact(E.encrypted, fs.encrypted);
    if (fs.kmsKeyId) yield fact(E.kmsKeyId, fs.kmsKeyId);
    yield fact(E.performanceMode, fs.performanceMode);
    yield fact(E.throughputMode, fs.throughputMode);
    yield fact(E.lifecycleState, fs.lifecycleState);
    if (fs.sizeBytes !== undefined) yield fact(E.sizeBytes, fs.sizeBytes);
    yield fact(E.mountTargetCount, fs.mountTargetCount);
    yield fact(E.tags, fs.tags);
  }
}
