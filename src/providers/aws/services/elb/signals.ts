import type { ClassicLoadBalancer, ElbRegionSnapshot } from './model.js';

/**
 * Idle: no instance registered to send traffic to, or no request over a whole window it existed
 * for; undefined when the traffic is unknown and instances are registered.
 */
export function idleReason(
  lb: ClassicLoadBalancer,
  traffic: ElbRegionSnapshot['traffic'],
): 'no_registered_instances' | 'no_requests' | undefined | false {
  if (lb.instanceIds.length === 0) return 'no_registered_instances';
  if (traffic.status !== 'collected') return undefined;
  const requests = traffic.resources[lb.arn]?.requests;
  if (requests === undefined) return undefined;
  if (requests > 0) return false;
  if (!lb.createdTime || lb.createdTime > traffic.windowStart) return undefined;
  return 'no_requests';
}
