import type { EventDraft } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { readError } from '../../read.js';
import { LOGGING_METRIC as M } from './metrics.js';
import type { LoggingSnapshot } from './model.js';

/** Pure: sinks, log metrics and alert policies → facts. */
export function* extractLoggingEvents(snapshot: LoggingSnapshot): Generator<EventDraft> {
  for (const sink of snapshot.sinks) {
    yield { resource_id: sink.id, metric_type: M.sinkDestination, metric_value: sink.destination };
    yield { resource_id: sink.id, metric_type: M.sinkFilter, metric_value: sink.filter };
    yield { resource_id: sink.id, metric_type: M.sinkDisabled, metric_value: sink.disabled };
  }
  const project = projectId(snapshot.project);
  if (snapshot.metrics.state === 'available')
    yield {
      resource_id: project,
      metric_type: M.logMetricCount,
      metric_value: snapshot.metrics.value.length,
    };
  if (snapshot.alertPolicies.state === 'available')
    yield {
      resource_id: project,
      metric_type: M.alertPolicyCount,
      metric_value: snapshot.alertPolicies.value.length,
    };
  const errors = [readError(snapshot.metrics), readError(snapshot.alertPolicies)].filter(
    (e): e is string => e !== undefined,
  );
  if (errors.length > 0)
    yield { resource_id: project, metric_type: M.readError, metric_value: errors };
}
