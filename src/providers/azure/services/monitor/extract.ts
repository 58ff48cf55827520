import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { MONITOR_METRIC as M } from './metrics.js';
import type { MonitorSnapshot } from './model.js';

export function* extractMonitorEvents(snapshot: MonitorSnapshot): Generator<EventDraft> {
  for (const alert of snapshot.activityLogAlerts) {
    yield { resource_id: alert.id, metric_type: M.alertEnabled, metric_value: alert.enabled };
    const operation =
      alert.conditions.find((c) => c.field === 'operationName')?.equals ??
      alert.conditions.find((c) => c.field === 'category')?.equals;
    if (operation)
      yield { resource_id: alert.id, metric_type: M.alertOperation, metric_value: operation };
  }
  const scope = `/subscriptions/${snapshot.subscriptionId}`;
  const settings = snapshot.diagnosticSettings;
  if (settings.state !== 'available') {
    yield { resource_id: scope, metric_type: M.exportError, metric_value: readError(settings)! };
    return;
  }
  yield { resource_id: scope, metric_type: M.exportCount, metric_value: settings.value.length };
  yield {
    resource_id: scope,
    metric_type: M.exportedCategories,
    metric_value: [...new Set(settings.value.flatMap((s) => s.enabledCategories))].sort(),
  };
}
