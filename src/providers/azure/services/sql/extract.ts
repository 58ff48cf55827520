import { thresholdsOf, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import { readError } from '../../read.js';
import type { ReadResult } from '../common/model.js';
import { SQL_METRIC as Q } from './metrics.js';
import { openRuleKind, type SqlSnapshot } from './model.js';

/** Pure: servers and databases → inventory, security facts, performance and idle signals. */
export function* extractSqlEvents(
  snapshot: SqlSnapshot,
  ctx: { options: ScanOptions },
): Generator<EventDraft> {
  const t = thresholdsOf(ctx.options);
  const fact = (
    resource_id: string,
    metric_type: string,
    metric_value: EventDraft['metric_value'],
  ): EventDraft => ({ resource_id, metric_type, metric_value });
  /** The read's facts when it answered, else its `*_read_error`. */
  function* read<T>(
    id: string,
    result: ReadResult<T>,
    errorMetric: string,
    facts: (value: T) => Iterable<EventDraft>,
  ): Generator<EventDraft> {
    if (result.state === 'available') yield* facts(result.value);
    else yield fact(id, errorMetric, readError(result)!);
  }

  for (const s of snapshot.servers) {
    yield fact(s.id, Q.serverVersion, s.version);
    yield fact(s.id, Q.tags, s.tags);
    yield fact(s.id, Q.publicNetworkAccess, s.publicNetworkAccess);
    yield fact(s.id, Q.minimalTlsVersion, s.minimalTlsVersion);
    yield fact(s.id, Q.privateEndpoints, s.privateEndpointCount);
    yield* read(s.id, s.firewallRules, Q.firewallError, (rules) => [
      fact(s.id, Q.firewallRuleCount, rules.length),
      fact(
        s.id,
        Q.firewallOpenToInternet,
        rules.some((r) => ['internet', 'wide'].includes(openRuleKind(r) ?? '')),
      ),
      fact(
        s.id,
        Q.allowAzureServices,
        rules.some((r) => openRuleKind(r) === 'azure'),
      ),
    ]);
    yield* read(s.id, s.auditing, Q.auditingError, (a) => [
      fact(s.id, Q.auditingEnabled, a.enabled),
      ...(a.enabled ? [fact(s.id, Q.auditingRetention, a.retentionDays)] : []),
    ]);
    yield* read(s.id, s.entraAdmin, Q.entraAdminError, (a) => [
      fact(s.id, Q.entraAdmin, a.configured),
      fact(s.id, Q.entraOnly, a.entraOnly),
    ]);
    yield* read(s.id, s.encryptionProtector, Q.protectorError, (p) => [
      fact(s.id, Q.tdeProtector, p.serverKeyType),
    ]);
  }

  for (const db of snapshot.databases) {
    yield fact(db.id, Q.databaseSku, db.skuName);
    yield fact(db.id, Q.databaseTier, db.skuTier);
    yield fact(db.id, Q.databaseStatus, db.status);
    yield fact(db.id, Q.databaseMaxSize, db.maxSizeBytes);
    yield fact(db.id, Q.tags, db.tags);
    if (db.production) yield fact(db.id, Q.notZoneRedundant, !db.zoneRedundant);
    yield* read(db.id, db.tde, Q.tdeError, (tde) => [fact(db.id, Q.tdeEnabled, tde.enabled)]);
    if (db.status === 'Online' && snapshot.metricsRead.state !== 'available')
      yield fact(db.id, Q.metricsError, readError(snapshot.metricsRead)!);
    const m = db.metrics;
    if (!m) continue;
    yield fact(db.id, Q.cpuAverage, m.cpuAveragePercent);
    yield fact(db.id, Q.cpuP95, m.cpuP95Percent);
    if (m.dtuP95Percent !== undefined) yield fact(db.id, Q.dtuP95, m.dtuP95Percent);
    if (m.storageMaxPercent !== undefined) yield fact(db.id, Q.storageMax, m.storageMaxPercent);
    yield fact(db.id, Q.connections, m.connections);
    const idle = m.cpuAveragePercent < t.idle_cpu_percent && m.connections <= t.idle_db_connections;
    yield fact(db.id, Q.idle, idle);
    // An elastic pool's databases share the pool's capacity: only the pool could be made smaller.
    if (!db.elasticPoolId) {
      const p95 = m.dtuP95Percent ?? m.cpuP95Percent;
      yield fact(db.id, Q.overprovisioned, !idle && p95 < t.overprovisioned_cpu_p95_percent);
    }
  }
}
