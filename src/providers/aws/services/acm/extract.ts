import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import { ACM_METRIC as C } from './metrics.js';
import { type AcmRegionSnapshot, type Certificate, daysToExpiry } from './model.js';

type Value = EventDraft['metric_value'];

function* certificateFacts(c: Certificate, now: Date): Generator<[string, Value]> {
  yield [C.domainName, c.domainName];
  yield [C.subjectAlternativeNames, c.subjectAlternativeNames];
  yield [C.status, c.status];
  yield [C.type, c.type];
  if (c.createdAt ?? c.importedAt) yield [C.createdAt, (c.createdAt ?? c.importedAt)!];
  if (c.notAfter) yield [C.notAfter, c.notAfter];
  const days = daysToExpiry(c, now);
  if (days !== undefined) yield [C.daysToExpiry, days];
  if (c.keyAlgorithm) yield [C.keyAlgorithm, c.keyAlgorithm];
  if (c.renewalEligibility) yield [C.renewalEligibility, c.renewalEligibility];
  yield [C.inUse, c.inUse];
  if (c.managedBy) yield [C.managedBy, c.managedBy];
  if (c.status === 'ISSUED') yield [C.unusedCertificate, !c.inUse];
}

/** Pure: the region's certificates → events on each certificate's ARN, the count on the region. */
export function* extractAcmEvents(
  snapshot: AcmRegionSnapshot,
  ctx: { accountId: string; region: string; clock: { now(): Date } },
): Generator<EventDraft> {
  const now = ctx.clock.now();
  yield {
    resource_id: regionScopeId('acm', ctx.region, ctx.accountId),
    metric_type: C.certificateCount,
    metric_value: snapshot.certificates.length,
  };
  for (const c of snapshot.certificates)
    for (const [metric_type, metric_value] of certificateFacts(c, now))
      yield { resource_id: c.arn, metric_type, metric_value };
}
