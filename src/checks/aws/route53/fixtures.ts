/** Route 53 snapshots for the check tests, in the collector's normalized shapes. */
import type {
  HostedZone,
  Read,
  ReadFailure,
  Route53Snapshot,
} from '../../../providers/aws/services/route53/model.js';
import { ACCOUNT } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/example.com`;

export function zone(
  id: string,
  name: string,
  overrides: Partial<Omit<HostedZone, 'arn' | 'id' | 'name'>> = {},
): HostedZone {
  const isPrivate = overrides.private ?? false;
  return {
    arn: `arn:aws:route53:::hostedzone/${id}`,
    id,
    name,
    private: isPrivate,
    recordCount: 4,
    records: { state: 'available', value: { count: 4, targets: [], truncated: false } },
    ...(isPrivate ? {} : { dnssec: { state: 'available', value: 'SIGNING' } }),
    ...overrides,
  };
}

export function snapshot(
  zones: HostedZone[],
  queryLogging: Read<Record<string, string>> = {
    state: 'available',
    value: Object.fromEntries(
      zones.filter((z) => z.id.startsWith('ZLOG')).map((z) => [z.id, LOG_GROUP]),
    ),
  },
): Route53Snapshot {
  return { zones, queryLogging };
}

/** Public, query logging on (its id starts with ZLOG), DNSSEC signing. */
export const sound = zone('ZLOG0123456789', 'example.com.');
/** Public, no query logging, DNSSEC not signing. */
export const sloppy = zone('Z0987654321', 'example.org.', {
  dnssec: { state: 'available', value: 'NOT_SIGNING' },
});
/** Private: neither control applies. */
export const internal = zone('Z1111111111', 'corp.internal.', { private: true });
/** Public, GetDNSSEC denied. */
export const hidden = zone('Z2222222222', 'example.net.', {
  dnssec: DENIED('route53:GetDNSSEC'),
});
export const all = snapshot([sound, sloppy, internal, hidden]);
