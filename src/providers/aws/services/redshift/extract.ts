import { thresholdsOf, type EventDraft, type ScanOptions } from '../../../../core/index.js';
import { nodeHoursWaste, pricingUnavailableEvent } from '../../pricing.js';
import { readError, type Read } from '../../read.js';
import { REDSHIFT_METRIC as R } from './metrics.js';
import { requireSslOf, type RedshiftCluster, type RedshiftRegionSnapshot } from './model.js';
import { isIdleCluster } from './signals.js';

type Value = EventDraft['metric_value'];

const errors = (...reads: Read<unknown>[]): string[] =>
  reads.flatMap((read) =>
    read.state === 'denied' || read.state === 'failed' ? [readError(read) ?? ''] : [],
  );

function* clusterFacts(
  c: RedshiftCluster,
  snapshot: RedshiftRegionSnapshot,
): Generator<[string, Value]> {
  yield [R.clusterId, c.id];
  yield [R.status, c.status];
  if (c.nodeType) yield [R.nodeType, c.nodeType];
  yield [R.numberOfNodes, c.numberOfNodes];
  if (c.clusterVersion) yield [R.clusterVersion, c.clusterVersion];
  yield [R.allowVersionUpgrade, c.allowVersionUpgrade];
  yield [R.publiclyAccessible, c.publiclyAccessible];
  yield [R.encrypted, c.encrypted];
  if (c.kmsKeyId) yield [R.kmsKeyId, c.kmsKeyId];
  yield [R.enhancedVpcRouting, c.enhancedVpcRouting];
  yield [R.parameterGroups, c.parameterGroups];
  if (c.masterUsername) yield [R.masterUsername, c.masterUsername];
  if (c.dbName) yield [R.dbName, c.dbName];
  yield [R.snapshotRetentionDays, c.automatedSnapshotRetentionDays];
  const ssl = requireSslOf(c, snapshot.parameterGroups);
  if (ssl.state === 'available') yield [R.requireSsl, ssl.value];
  if (c.logging.state === 'available') {
    yield [R.auditLogging, c.logging.value.enabled];
    if (c.logging.value.destination) yield [R.auditLogDestination, c.logging.value.destination];
  }
  const failed = [...new Set(errors(c.logging, ssl))];
  if (failed.length > 0) yield [R.readError, failed];
}

/** Pure: the region's clusters → events, each on its ARN (pricing failures on the region). */
export function* extractRedshiftEvents(
  snapshot: RedshiftRegionSnapshot,
  ctx: { accountId: string; region: string; options: ScanOptions },
): Generator<EventDraft> {
  const { performance, pricing } = snapshot;
  const t = thresholdsOf(ctx.options);
  for (const c of snapshot.clusters) {
    const fact = ([metric_type, metric_value]: [string, Value]): EventDraft => ({
      resource_id: c.arn,
      metric_type,
      metric_value,
    });
    yield* [...clusterFacts(c, snapshot)].map(fact);
    if (performance.status === 'unavailable') {
      yield fact([
        R.performanceDataUnavailable,
        { reason: 'cloudwatch_error', error_code: performance.errorCode },
      ]);
      continue;
    }
    const stats = performance.resources[c.arn] ?? {};
    if (stats.cpu !== undefined) yield fact([R.cpuAverage, stats.cpu]);
    if (stats.connections !== undefined) yield fact([R.connectionsMaximum, stats.connections]);
    const idle = isIdleCluster(c, performance, t);
    if (idle !== undefined) yield fact([R.idleCluster, idle]);
    const hourlyUsd =
      pricing.state === 'available' && c.nodeType ? pricing.value[c.nodeType] : undefined;
    if (idle !== true || hourlyUsd === undefined) continue;
    const waste = nodeHoursWaste(
      'idle_cluster',
      [{ instanceType: c.nodeType!, nodes: c.numberOfNodes, hourlyUsd }],
      ctx.region,
    );
    yield fact([R.estimatedMonthlyWasteUsd, waste.monthlyUsd]);
    yield fact([R.wasteEstimate, waste.detail]);
  }
  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'redshift', ...ctx },
    R.pricingUnavailable,
    'idle clusters',
  );
  if (unavailable) yield unavailable;
}
