import type { GcpFirewall } from '../../../providers/gcp/services/compute/model.js';

const INTERNET = new Set(['0.0.0.0/0', '::/0']);

/** True when a port range (`22`, `20-30`) or an absent port list (all ports) covers `port`. */
function covers(ports: readonly string[], port: number): boolean {
  if (ports.length === 0) return true;
  return ports.some((range) => {
    const [from, to] = range.split('-').map(Number) as [number, number | undefined];
    return port >= from && port <= (to ?? from);
  });
}

/**
 * An enabled ingress rule that allows `port` over TCP (or every protocol) from anywhere on the
 * internet. Deny rules are not weighed against it: CIS asks that no such allow rule exist.
 */
export function opensToInternet(rule: GcpFirewall, port: number): boolean {
  if (rule.disabled || rule.direction !== 'INGRESS') return false;
  if (!rule.sourceRanges.some((r) => INTERNET.has(r))) return false;
  return rule.allowed.some(
    (a) => (a.protocol === 'tcp' || a.protocol === 'all') && covers(a.ports, port),
  );
}
