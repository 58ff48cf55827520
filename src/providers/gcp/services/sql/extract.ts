import { thresholdsOf, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import { projectId } from '../../ids.js';
import { readError } from '../../read.js';
import { SQL_METRIC as M } from './metrics.js';
import type { SqlSnapshot } from './model.js';

/** Pure: the project's Cloud SQL instances → inventory, security, performance, architecture. */
export function* extractSqlEvents(
  snapshot: SqlSnapshot,
  ctx: { options: ScanOptions },
): Generator<EventDraft> {
  const thresholds = thresholdsOf(ctx.options);
  const performance = snapshot.performance.state === 'available' ? snapshot.performance.value : {};
  if (snapshot.performance.state !== 'available')
    yield {
      resource_id: projectId(snapshot.project),
      metric_type: M.performanceError,
      metric_value: readError(snapshot.performance) as string,
    };
  for (const db of snapshot.instances) {
    const fact = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
      resource_id: db.id,
      metric_type,
      metric_value,
    });
    yield fact(M.name, db.name);
    yield fact(M.databaseVersion, db.databaseVersion);
    yield fact(M.tier, db.tier);
    yield fact(M.state, db.state);
    yield fact(M.region, db.region);
    yield fact(M.diskSizeGb, db.diskSizeGb);
    yield fact(M.labels, db.labels);
    yield fact(M.publicIp, db.publicIpEnabled);
    yield fact(M.authorizedNetworks, db.authorizedNetworks);
    yield fact(M.sslMode, db.sslMode);
    yield fact(M.backups, db.backupsEnabled);
    yield fact(M.flags, db.flags);
    if (!db.replicaOf) yield fact(M.singleZone, db.availabilityType !== 'REGIONAL');

    const figures = performance[db.id];
    if (!figures) continue;
    if (figures.cpuAveragePercent !== undefined)
      yield fact(M.cpuAverage, figures.cpuAveragePercent);
    if (figures.cpuP95Percent !== undefined) yield fact(M.cpuP95, figures.cpuP95Percent);
    if (figures.maxConnections !== undefined) yield fact(M.maxConnections, figures.maxConnections);
    if (db.state !== 'RUNNABLE' || db.activationPolicy === 'NEVER') continue;
    if (figures.cpuAveragePercent !== undefined && figures.maxConnections !== undefined)
      yield fact(
        M.idle,
        figures.cpuAveragePercent < thresholds.idle_cpu_percent &&
          figures.maxConnections <= thresholds.idle_db_connections,
      );
    if (figures.cpuP95Percent !== undefined)
      yield fact(
        M.overprovisioned,
        figures.cpuP95Percent < thresholds.overprovisioned_cpu_p95_percent,
      );
  }
}
