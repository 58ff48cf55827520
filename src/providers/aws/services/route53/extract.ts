import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { ROUTE53_METRIC as K } from './metrics.js';
import { type HostedZone, ownedBuckets, queryLogGroup, type Route53Snapshot } from './model.js';

type Value = EventDraft['metric_value'];

function* zoneFacts(snapshot: Route53Snapshot, z: HostedZone): Generator<[string, Value]> {
  yield [K.zoneName, z.name];
  yield [K.privateZone, z.private];
  yield [K.recordCount, z.recordCount];
  const s3Targets = z.records.state === 'available' ? z.records.value.s3Targets : [];
  const buckets = s3Targets.length > 0 ? snapshot.buckets : undefined;
  const errors = [
    z.records,
    snapshot.queryLogging,
    ...(z.dnssec ? [z.dnssec] : []),
    ...(buckets ? [buckets] : []),
  ]
    .map(readError)
    .filter((e): e is string => e !== undefined);
  if (errors.length > 0) yield [K.readError, errors];
  if (z.records.state === 'available') {
    yield [K.recordTargets, z.records.value.targets.map((t) => ({ ...t }))];
    yield [K.recordTargetsTruncated, z.records.value.truncated];
    const owned = ownedBuckets(snapshot);
    yield [
      K.s3RecordTargets,
      s3Targets.map((t) => ({ ...t, ...(owned ? { owned: owned.has(t.bucket) } : {}) })),
    ];
    if (owned && s3Targets.length > 0)
      yield [K.danglingS3RecordCount, s3Targets.filter((t) => !owned.has(t.bucket)).length];
  }
  const logging = queryLogGroup(snapshot, z);
  if (logging.state === 'available') {
    yield [K.queryLogging, logging.value !== undefined];
    if (logging.value) yield [K.queryLogGroup, logging.value];
  }
  if (z.dnssec?.state === 'available') yield [K.dnssecStatus, z.dnssec.value];
}

/** Pure: the account's hosted zones → events, on each zone's ARN. */
export function* extractRoute53Events(snapshot: Route53Snapshot): Generator<EventDraft> {
  for (const z of snapshot.zones)
    for (const [metric_type, metric_value] of zoneFacts(snapshot, z))
      yield { resource_id: z.arn, metric_type, metric_value };
}
