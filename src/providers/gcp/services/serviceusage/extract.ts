import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { SERVICEUSAGE_METRIC as M } from './metrics.js';
import type { ServiceUsageSnapshot } from './model.js';

/** Pure: the enabled APIs → two facts on the project. */
export function* extractServiceUsageEvents(snapshot: ServiceUsageSnapshot): Generator<EventDraft> {
  const project = projectId(snapshot.project);
  yield {
    resource_id: project,
    metric_type: M.enabledServices,
    metric_value: snapshot.services.map((s) => s.name),
  };
  yield {
    resource_id: project,
    metric_type: M.enabledServiceCount,
    metric_value: snapshot.services.length,
  };
}
