import type { EventDraft } from '../../../../core/index.js';
import { hourlyWaste, pricingUnavailableEvent } from '../../pricing.js';
import { readError } from '../../read.js';
import { ELBV2_METRIC as E } from './metrics.js';
import type { Elbv2RegionSnapshot } from './model.js';
import {
  idleReason,
  isIdleLoadBalancer,
  plaintextListeners,
  targetCounts,
  weakTlsListener,
} from './signals.js';

type Value = EventDraft['metric_value'];

/** Pure: the region's load balancers → events on each load balancer's ARN (pricing failures on the region). */
export function* extractElbv2Events(
  snapshot: Elbv2RegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { pricing } = snapshot;
  const policies = snapshot.sslPolicies.state === 'available' ? snapshot.sslPolicies.value : {};
  for (const lb of snapshot.loadBalancers) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: lb.arn,
      metric_type,
      metric_value,
    });
    const errors: string[] = [];
    yield fact(E.name, lb.name);
    yield fact(E.type, lb.type);
    yield fact(E.scheme, lb.scheme);
    yield fact(E.state, lb.state);
    if (lb.vpcId) yield fact(E.vpcId, lb.vpcId);
    if (lb.dnsName) yield fact(E.dnsName, lb.dnsName);
    yield fact(E.availabilityZones, lb.availabilityZones);
    yield fact(E.securityGroups, lb.securityGroups);
    yield fact(E.singleAz, lb.availabilityZones.length === 1);

    if (lb.listeners.state === 'available') {
      const listeners = lb.listeners.value;
      yield fact(
        E.listeners,
        listeners.map((l) => ({
          port: l.port,
          protocol: l.protocol,
          ...(l.sslPolicy ? { ssl_policy: l.sslPolicy } : {}),
          redirects_to_https: l.redirectsToHttps,
        })),
      );
      yield fact(
        E.plaintextListenerPorts,
        plaintextListeners(listeners).map((l) => l.port),
      );
      if (snapshot.sslPolicies.state === 'available')
        yield fact(
          E.weakTlsListenerPorts,
          listeners.filter((l) => weakTlsListener(l, policies) === true).map((l) => l.port),
        );
    } else if (lb.listeners.state !== 'absent') errors.push(readError(lb.listeners) ?? '');

    if (lb.attributes.state === 'available') {
      const a = lb.attributes.value;
      if (a.accessLogsEnabled !== undefined) yield fact(E.accessLogsEnabled, a.accessLogsEnabled);
      if (a.deletionProtectionEnabled !== undefined)
        yield fact(E.deletionProtectionEnabled, a.deletionProtectionEnabled);
      if (a.dropInvalidHeaderFields !== undefined)
        yield fact(E.dropInvalidHeaderFields, a.dropInvalidHeaderFields);
    } else if (lb.attributes.state !== 'absent') errors.push(readError(lb.attributes) ?? '');

    if (snapshot.tags.state === 'available') yield fact(E.tags, snapshot.tags.value[lb.arn] ?? {});
    else errors.push(readError(snapshot.tags) ?? '');

    const targets = targetCounts(lb, snapshot);
    if (targets) {
      yield fact(E.targetCount, targets.total);
      yield fact(E.healthyTargetCount, targets.healthy);
    } else if (snapshot.targetGroups.state !== 'available') {
      errors.push(readError(snapshot.targetGroups) ?? '');
    } else {
      for (const tg of snapshot.targetGroups.value)
        if (tg.loadBalancerArns.includes(lb.arn) && tg.health.state !== 'available')
          errors.push(readError(tg.health) ?? '');
    }

    if (snapshot.traffic.status === 'unavailable') {
      yield fact(E.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: snapshot.traffic.errorCode,
      });
    } else if (snapshot.traffic.requests[lb.arn] !== undefined) {
      yield fact(E.requestCountSum, snapshot.traffic.requests[lb.arn] ?? 0);
    }
    const idle = isIdleLoadBalancer(lb, snapshot);
    if (idle !== undefined) yield fact(E.idleLoadBalancer, idle);
    const hourlyUsd = pricing.state === 'available' ? pricing.value[lb.type] : undefined;
    if (idle && hourlyUsd !== undefined) {
      const waste = hourlyWaste(idleReason(lb, snapshot), hourlyUsd, ctx.region);
      yield fact(E.estimatedMonthlyWasteUsd, waste.monthlyUsd);
      yield fact(E.wasteEstimate, waste.detail);
    }
    const unique = [...new Set(errors.filter((e) => e !== ''))];
    if (unique.length > 0) yield fact(E.readError, unique);
  }
  const unavailable = pricingUnavailableEvent(
    pricing,
    { service: 'elasticloadbalancing', ...ctx },
    E.pricingUnavailable,
    'idle load balancers',
  );
  if (unavailable) yield unavailable;
}
