import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { LOGS_METRIC as L } from './metrics.js';
import type { LogsRegionSnapshot } from './model.js';

/** Pure: one region's monitoring snapshot → events on the region's scope id. */
export function* extractLogsEvents(
  snapshot: LogsRegionSnapshot,
  ctx: Pick<AwsUnitContext, 'accountId' | 'region'>,
): Generator<EventDraft> {
  const id = regionScopeId('logs', ctx.region, ctx.accountId);
  const errors: string[] = [];
  if (snapshot.trails.state === 'available') {
    const home = snapshot.trails.value.multiRegionHome;
    yield {
      resource_id: id,
      metric_type: L.trailLogGroups,
      metric_value: [
        ...new Set(home.flatMap((t) => (t.logGroupName ? [t.logGroupName] : []))),
      ].sort(),
    };
    for (const t of home) {
      for (const read of [t.status, t.selectors]) {
        const e = readError(read);
        if (e) errors.push(`${t.name}: ${e}`);
      }
    }
  } else {
    errors.push(readError(snapshot.trails) ?? '');
  }
  if (snapshot.metricFilters.state === 'available') {
    yield {
      resource_id: id,
      metric_type: L.trailMetricFilters,
      metric_value: snapshot.metricFilters.value.map((f) => ({
        name: f.name,
        log_group: f.logGroupName,
        pattern: f.pattern,
        metrics: f.metrics.map((m) => `${m.namespace}/${m.name}`),
      })),
    };
  } else {
    errors.push(readError(snapshot.metricFilters) ?? '');
  }
  if (snapshot.alarms.state === 'available') {
    yield {
      resource_id: id,
      metric_type: L.metricAlarmCount,
      metric_value: snapshot.alarms.value.length,
    };
  } else {
    errors.push(readError(snapshot.alarms) ?? '');
  }
  if (errors.length > 0) yield { resource_id: id, metric_type: L.readError, metric_value: errors };
}
