import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { ROUTE53_METRIC as K } from './metrics.js';
import {
  type HostedZone,
  ipHolder,
  type IpHolder,
  ownedBuckets,
  queryLogGroup,
  type ReadFailure,
  type Route53Snapshot,
} from './model.js';

type Value = EventDraft['metric_value'];

/** The holders of a public zone's A/AAAA addresses, and the reads of them that did not answer. */
function ipHolders(
  snapshot: Route53Snapshot,
  z: HostedZone,
): { holders: IpHolder[]; failures: ReadFailure[] } {
  const ips = !z.private && z.records.state === 'available' ? z.records.value.ipRecords : [];
  const ownership = ips.length > 0 ? snapshot.ipOwnership : undefined;
  if (!ownership) return { holders: [], failures: [] };
  if (ownership.state !== 'available') return { holders: [], failures: [ownership] };
  const holders = ips.map((r) => ipHolder(ownership.value, r.ip));
  const failures = new Map<string, ReadFailure>();
  for (const h of holders)
    if (h.kind === 'unknown') failures.set(`${h.region} ${h.failure.action}`, h.failure);
  return { holders, failures: [...failures.values()] };
}

function* zoneFacts(snapshot: Route53Snapshot, z: HostedZone): Generator<[string, Value]> {
  yield [K.zoneName, z.name];
  yield [K.privateZone, z.private];
  yield [K.recordCount, z.recordCount];
  const s3Targets = z.records.state === 'available' ? z.records.value.s3Targets : [];
  const buckets = s3Targets.length > 0 ? snapshot.buckets : undefined;
  const ips = ipHolders(snapshot, z);
  const errors = [
    z.records,
    snapshot.queryLogging,
    ...(z.dnssec ? [z.dnssec] : []),
    ...(buckets ? [buckets] : []),
    ...ips.failures,
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
    const judged = ips.holders.filter((h) => h.kind !== 'outside');
    if (judged.length > 0 && ips.failures.length === 0 && !z.records.value.ipRecordsTruncated)
      yield [K.danglingIpRecordCount, judged.filter((h) => h.kind === 'dangling').length];
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
