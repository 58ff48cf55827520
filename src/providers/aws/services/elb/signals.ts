import { HOURS_PER_MONTH } from '../../pricing.js';
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

/** What an idle Classic Load Balancer costs a month for its hours alone (data processed aside). */
export function monthlyUsd(hourlyUsd: number): number {
  return Math.round(hourlyUsd * HOURS_PER_MONTH * 100) / 100;
}
