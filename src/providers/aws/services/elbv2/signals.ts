import type { Elbv2RegionSnapshot, Listener, LoadBalancer, SslPolicies } from './model.js';

/** Protocols no longer considered safe; a policy allowing any of them is weak. */
export const WEAK_TLS_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1'];

/** HTTP listeners that serve requests in clear rather than redirect them to HTTPS. */
export function plaintextListeners(listeners: readonly Listener[]): Listener[] {
  return listeners.filter((l) => l.protocol === 'HTTP' && !l.redirectsToHttps);
}

/**
 * HTTPS/TLS listeners whose policy allows a weak protocol; undefined for a listener whose policy
 * was not described (its protocols are unknown).
 */
export function weakTlsListener(listener: Listener, policies: SslPolicies): boolean | undefined {
  if (!listener.sslPolicy) return undefined;
  const protocols = policies[listener.sslPolicy];
  if (!protocols) return undefined;
  return protocols.some((p) => WEAK_TLS_PROTOCOLS.includes(p));
}

export interface TargetCounts {
  total: number;
  healthy: number;
}

/** Targets of the groups the load balancer routes to; undefined when some health was not read. */
export function targetCounts(
  lb: LoadBalancer,
  snapshot: Pick<Elbv2RegionSnapshot, 'targetGroups'>,
): TargetCounts | undefined {
  if (snapshot.targetGroups.state !== 'available') return undefined;
  let total = 0;
  let healthy = 0;
  for (const tg of snapshot.targetGroups.value) {
    if (!tg.loadBalancerArns.includes(lb.arn)) continue;
    if (tg.health.state !== 'available') return undefined;
    total += tg.health.value.total;
    healthy += tg.health.value.healthy;
  }
  return { total, healthy };
}

/** Why an idle load balancer is idle (its waste estimate's reason). */
export function idleReason(
  lb: LoadBalancer,
  snapshot: Pick<Elbv2RegionSnapshot, 'targetGroups'>,
): 'no_healthy_targets' | 'no_requests' {
  return targetCounts(lb, snapshot)?.healthy === 0 ? 'no_healthy_targets' : 'no_requests';
}

/**
 * Idle: no healthy target to send traffic to, or no request over a whole window it existed for.
 * Gateway Load Balancers have no traffic metric here and are judged by their targets only.
 */
export function isIdleLoadBalancer(
  lb: LoadBalancer,
  snapshot: Pick<Elbv2RegionSnapshot, 'targetGroups' | 'traffic'>,
): boolean | undefined {
  const targets = targetCounts(lb, snapshot);
  if (targets?.healthy === 0) return true;
  const { traffic } = snapshot;
  if (traffic.status !== 'collected') return undefined;
  const requests = traffic.requests[lb.arn];
  if (requests === undefined) return undefined;
  if (requests > 0) return targets === undefined ? undefined : false;
  if (!lb.createdTime || lb.createdTime > traffic.windowStart) return undefined;
  return true;
}
