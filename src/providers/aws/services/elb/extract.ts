import type { EventDraft } from '../../../../core/index.js';
import { hourlyWaste, pricingUnavailableEvent } from '../../pricing.js';
import { readError } from '../../read.js';
import { ELB_METRIC as E } from './metrics.js';
import { listenerSslPolicy, TLS_PROTOCOLS, type ElbRegionSnapshot } from './model.js';
import { idleReason } from './signals.js';

type Value = EventDraft['metric_value'];

/** Pure: the region's Classic Load Balancers → events on each one's ARN (pricing failures on the region). */
export function* extractElbEvents(
  snapshot: ElbRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { traffic, pricing } = snapshot;
  for (const lb of snapshot.loadBalancers) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: lb.arn,
      metric_type,
      metric_value,
    });
    const errors: string[] = [];
    yield fact(E.name, lb.name);
    yield fact(E.scheme, lb.scheme);
    if (lb.dnsName) yield fact(E.dnsName, lb.dnsName);
    if (lb.vpcId) yield fact(E.vpcId, lb.vpcId);
    yield fact(E.availabilityZones, lb.availabilityZones);
    yield fact(E.securityGroups, lb.securityGroups);
    yield fact(E.singleAz, lb.availabilityZones.length < 2);
    yield fact(E.instanceCount, lb.instanceIds.length);
    yield fact(
      E.listeners,
      lb.listeners.map((l) => {
        const policy = TLS_PROTOCOLS.includes(l.protocol)
          ? listenerSslPolicy(l, lb.policies)
          : undefined;
        return {
          protocol: l.protocol,
          port: l.port,
          ...(l.instanceProtocol ? { instance_protocol: l.instanceProtocol } : {}),
          ...(l.instancePort !== undefined ? { instance_port: l.instancePort } : {}),
          ...(policy ? { ssl_policy: policy } : {}),
        };
      }),
    );
    yield fact(
      E.plaintextListenerPorts,
      lb.listeners.filter((l) => !TLS_PROTOCOLS.includes(l.protocol)).map((l) => l.port),
    );
    if (lb.policies.state !== 'available' && lb.policies.state !== 'absent')
      errors.push(readError(lb.policies) ?? '');

    if (lb.attributes.state === 'available') {
      const a = lb.attributes.value;
      yield fact(E.accessLogsEnabled, a.accessLogsEnabled);
      yield fact(E.connectionDrainingEnabled, a.connectionDrainingEnabled);
      yield fact(E.crossZoneEnabled, a.crossZoneEnabled);
      if (a.desyncMitigationMode) yield fact(E.desyncMitigationMode, a.desyncMitigationMode);
    } else if (lb.attributes.state !== 'absent') errors.push(readError(lb.attributes) ?? '');

    if (snapshot.tags.state === 'available') yield fact(E.tags, snapshot.tags.value[lb.name] ?? {});
    else errors.push(readError(snapshot.tags) ?? '');

    if (traffic.status === 'unavailable') {
      yield fact(E.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: traffic.errorCode,
      });
    } else if (traffic.resources[lb.arn]?.requests !== undefined) {
      yield fact(E.requestCountSum, traffic.resources[lb.arn]?.requests ?? 0);
    }
    const idle = idleReason(lb, traffic);
    if (idle !== undefined) yield fact(E.idleLoadBalancer, idle !== false);
    if (idle && pricing.state === 'available') {
      const waste = hourlyWaste(idle, pricing.value.hourlyUsd, ctx.region);
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
    'idle Classic Load Balancers',
  );
  if (unavailable) yield unavailable;
}
