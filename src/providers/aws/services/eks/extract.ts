import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { EKS_METRIC as K } from './metrics.js';
import {
  type EksCluster,
  type EksRegionSnapshot,
  openToInternet,
  versionSupport,
} from './model.js';

type Value = EventDraft['metric_value'];

function* clusterFacts(c: EksCluster, now: Date): Generator<[string, Value]> {
  yield [K.clusterName, c.name];
  if (c.details.state !== 'available') {
    if (c.details.state !== 'absent') yield [K.readError, [readError(c.details) ?? '']];
    return;
  }
  const d = c.details.value;
  yield [K.status, d.status];
  if (d.createdAt) yield [K.createdAt, d.createdAt];
  yield [K.version, d.version];
  if (d.platformVersion) yield [K.platformVersion, d.platformVersion];
  const support = versionSupport(d.version, now);
  yield [K.versionSupport, support.status];
  if (support.entry) yield [K.endOfStandardSupport, support.entry.endOfStandardSupport];
  if (d.supportType) yield [K.supportType, d.supportType];
  yield [K.endpointPublicAccess, d.endpointPublicAccess];
  yield [K.endpointPrivateAccess, d.endpointPrivateAccess];
  if (d.endpointPublicAccess) yield [K.publicAccessCidrs, d.publicAccessCidrs];
  yield [K.endpointOpenToInternet, openToInternet(d)];
  yield [K.loggingEnabled, d.loggingEnabled];
  yield [K.auditLogging, d.loggingEnabled.includes('audit')];
  yield [K.secretsEncrypted, d.secretsKeyArn !== undefined];
  if (d.secretsKeyArn) yield [K.secretsKmsKey, d.secretsKeyArn];
}

/** Pure: the region's clusters → events, on each cluster's ARN. */
export function* extractEksEvents(
  snapshot: EksRegionSnapshot,
  ctx: { clock: { now(): Date } },
): Generator<EventDraft> {
  const now = ctx.clock.now();
  for (const c of snapshot.clusters)
    for (const [metric_type, metric_value] of clusterFacts(c, now))
      yield { resource_id: c.arn, metric_type, metric_value };
}
