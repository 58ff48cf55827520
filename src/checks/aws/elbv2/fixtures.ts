/** ELBv2 snapshots for the check tests, in the collector's normalized shapes. */
import type {
  Elbv2RegionSnapshot,
  Listener,
  LoadBalancer,
  ReadFailure,
} from '../../../providers/aws/services/elbv2/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized',
  httpStatus: 403,
});

export const https = (port = 443, sslPolicy = 'ELBSecurityPolicy-TLS13-1-2-2021-06'): Listener => ({
  arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/x/1/${port}`,
  port,
  protocol: 'HTTPS',
  sslPolicy,
  redirectsToHttps: false,
  defaultActionTypes: ['forward'],
});

export const http = (redirectsToHttps: boolean, port = 80): Listener => ({
  arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/x/1/${port}`,
  port,
  protocol: 'HTTP',
  redirectsToHttps,
  defaultActionTypes: [redirectsToHttps ? 'redirect' : 'forward'],
});

export function lb(name: string, overrides: Partial<LoadBalancer> = {}): LoadBalancer {
  const type = overrides.type ?? 'application';
  return {
    arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type === 'network' ? 'net' : 'app'}/${name}/50dc6c495c0c9188`,
    name,
    type,
    scheme: 'internet-facing',
    state: 'active',
    vpcId: 'vpc-0a1b2c3d',
    availabilityZones: ['eu-west-3a', 'eu-west-3b'],
    securityGroups: ['sg-0web'],
    listeners: { state: 'available', value: [http(true), https()] },
    attributes: {
      state: 'available',
      value: {
        accessLogsEnabled: true,
        deletionProtectionEnabled: true,
        dropInvalidHeaderFields: true,
      },
    },
    ...overrides,
  };
}

export function snapshot(
  loadBalancers: LoadBalancer[],
  overrides: Partial<Elbv2RegionSnapshot> = {},
): Elbv2RegionSnapshot {
  return {
    region: REGION,
    loadBalancers,
    targetGroups: { state: 'available', value: [] },
    tags: {
      state: 'available',
      value: Object.fromEntries(loadBalancers.map((l) => [l.arn, { env: 'prod' }])),
    },
    sslPolicies: {
      state: 'available',
      value: {
        'ELBSecurityPolicy-TLS13-1-2-2021-06': ['TLSv1.2', 'TLSv1.3'],
        'ELBSecurityPolicy-2016-08': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      },
    },
    traffic: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      requests: {},
    },
    pricing: { state: 'not_requested' },
    ...overrides,
  };
}
