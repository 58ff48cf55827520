import type { EventDraft } from '../../../../core/index.js';
import { nodeHoursWaste, pricingUnavailableEvent } from '../../pricing.js';
import { readError } from '../../read.js';
import { OPENSEARCH_METRIC as O } from './metrics.js';
import {
  isOpenToAnyone,
  type Domain,
  type DomainConfig,
  type OpenSearchRegionSnapshot,
} from './model.js';
import { billedNodes, isIdleDomain } from './signals.js';

type Value = EventDraft['metric_value'];

function* configFacts(c: DomainConfig): Generator<[string, Value]> {
  if (c.engineVersion) yield [O.engineVersion, c.engineVersion];
  if (c.endpoint) yield [O.endpoint, c.endpoint];
  if (c.vpcId) yield [O.vpcId, c.vpcId];
  yield [O.publicEndpoint, c.vpcId === undefined];
  yield [O.accessPolicyPublic, (c.accessPolicy?.publicStatements.length ?? 0) > 0];
  if (c.accessPolicy) {
    yield [O.accessPolicyPublicStatements, c.accessPolicy.publicStatements];
    yield [O.accessPolicyExternalAccounts, c.accessPolicy.externalAccounts];
  }
  yield [O.openToAnyone, isOpenToAnyone(c)];
  yield [O.nodeToNodeEncryption, c.nodeToNodeEncryption];
  yield [O.encryptionAtRest, c.encryptionAtRest];
  if (c.kmsKeyId) yield [O.kmsKeyId, c.kmsKeyId];
  yield [O.fineGrainedAccessControl, c.fineGrainedAccessControl];
  if (c.fineGrainedAccessControl) {
    yield [O.internalUserDatabase, c.internalUserDatabase];
    yield [O.anonymousAuth, c.anonymousAuth];
  }
  yield [O.enforceHttps, c.enforceHttps];
  if (c.tlsSecurityPolicy) yield [O.tlsSecurityPolicy, c.tlsSecurityPolicy];
  yield [O.auditLogs, c.logs.audit !== undefined];
  yield [O.applicationLogs, c.logs.application !== undefined];
  yield [O.indexSlowLogs, c.logs.indexSlow !== undefined];
  yield [O.searchSlowLogs, c.logs.searchSlow !== undefined];
  if (c.instanceType) yield [O.instanceType, c.instanceType];
  yield [O.instanceCount, c.instanceCount];
  yield [O.dedicatedMasterCount, c.dedicatedMasterCount];
  if (c.dedicatedMasterType) yield [O.dedicatedMasterType, c.dedicatedMasterType];
  yield [O.zoneAwareness, c.zoneAwareness];
  if (c.availabilityZoneCount !== undefined)
    yield [O.availabilityZoneCount, c.availabilityZoneCount];
  yield [O.multiAzWithStandby, c.multiAzWithStandby];
  yield [O.warmCount, c.warmCount];
  if (c.ebsVolumeGib !== undefined) yield [O.ebsVolumeGib, c.ebsVolumeGib];
  if (c.serviceSoftwareVersion) yield [O.serviceSoftwareVersion, c.serviceSoftwareVersion];
  yield [O.updateAvailable, c.updateAvailable];
}

function* domainFacts(d: Domain): Generator<[string, Value]> {
  yield [O.domainName, d.name];
  if (d.engineType) yield [O.engineType, d.engineType];
  if (d.config.state === 'available') yield* configFacts(d.config.value);
  else yield [O.readError, readError(d.config) ?? ''];
}

/** Pure: the region's domains → events, on each domain's ARN (pricing failures on the region). */
export function* extractOpenSearchEvents(
  snapshot: OpenSearchRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance, pricing } = snapshot;
  for (const d of snapshot.domains) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: d.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of domainFacts(d)) yield fact(metric, value);
    if (performance.status === 'unavailable') {
      yield fact(O.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const stats = performance.resources[d.arn];
    if (stats?.cpu !== undefined) yield fact(O.cpuAverage, stats.cpu);
    if (stats?.freeStorageMb !== undefined) yield fact(O.freeStorageMin, stats.freeStorageMb);
    if (stats?.searchRate !== undefined) yield fact(O.searchRateSum, stats.searchRate);
    if (stats?.indexingRate !== undefined) yield fact(O.indexingRateSum, stats.indexingRate);
    const created = d.createdTime;
    if (created && created.state !== 'available') yield fact(O.readError, readError(created) ?? '');
    const idle = isIdleDomain(d, performance);
    if (idle !== undefined) yield fact(O.idleDomain, idle);
    if (idle !== true || pricing.state !== 'available' || d.config.state !== 'available') continue;
    const prices = pricing.value;
    const billed = billedNodes(d.config.value);
    const nodes = billed.flatMap((n) => {
      const hourlyUsd = prices[n.instanceType];
      return hourlyUsd === undefined ? [] : [{ ...n, hourlyUsd }];
    });
    // Every billed type is priced, or none is: never a part of the domain passed for the whole.
    if (nodes.length === 0 || nodes.length < billed.length) continue;
    const waste = nodeHoursWaste('idle_domain', nodes, ctx.region);
    yield fact(O.estimatedMonthlyWasteUsd, waste.monthlyUsd);
    yield fact(O.wasteEstimate, waste.detail);
  }
  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'es', ...ctx },
    O.pricingUnavailable,
    'idle domains',
  );
  if (unavailable) yield unavailable;
}
