/** Classic ELB snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ClassicAttributes,
  ClassicListener,
  ClassicLoadBalancer,
  ElbRegionSnapshot,
  ReadFailure,
} from '../../../providers/aws/services/elb/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized',
  httpStatus: 403,
});

export const listener = (
  protocol: string,
  port: number,
  policyNames: string[] = [],
): ClassicListener => ({
  protocol,
  port,
  instanceProtocol: 'HTTP',
  instancePort: 80,
  policyNames,
});

export const STRONG = 'ELBSecurityPolicy-TLS-1-2-2017-01';

export const attributes = (overrides: Partial<ClassicAttributes> = {}): ClassicAttributes => ({
  accessLogsEnabled: true,
  accessLogsBucket: 'acme-elb-logs',
  connectionDrainingEnabled: true,
  connectionDrainingTimeout: 300,
  crossZoneEnabled: true,
  idleTimeout: 60,
  desyncMitigationMode: 'defensive',
  ...overrides,
});

/** A well configured Classic Load Balancer: one HTTPS listener on the strong policy, two zones. */
export function lb(
  name: string,
  overrides: Partial<ClassicLoadBalancer> = {},
): ClassicLoadBalancer {
  return {
    arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${name}`,
    name,
    scheme: 'internet-facing',
    vpcId: 'vpc-0a1b2c3d',
    availabilityZones: ['eu-west-3a', 'eu-west-3b'],
    subnets: ['subnet-0aaa', 'subnet-0bbb'],
    securityGroups: ['sg-0web'],
    instanceIds: ['i-0aaa1111'],
    listeners: [listener('HTTPS', 443, ['tls12'])],
    createdTime: '2024-03-02T09:00:00.000Z',
    attributes: { state: 'available', value: attributes() },
    policies: {
      state: 'available',
      value: {
        tls12: {
          type: 'SSLNegotiationPolicyType',
          referenceSecurityPolicy: STRONG,
          protocols: ['TLSv1.2'],
        },
      },
    },
    ...overrides,
  };
}

export function snapshot(
  loadBalancers: ClassicLoadBalancer[],
  overrides: Partial<ElbRegionSnapshot> = {},
): ElbRegionSnapshot {
  return {
    region: REGION,
    loadBalancers,
    tags: {
      state: 'available',
      value: Object.fromEntries(loadBalancers.map((l) => [l.name, { env: 'prod' }])),
    },
    traffic: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      resources: {},
    },
    pricing: { state: 'not_requested' },
    ...overrides,
  };
}

/** A fully read snapshot, for the shared unreadable test. */
export const all: ElbRegionSnapshot = snapshot([lb('web')]);

/** Four load balancers for the attribute checks: sound, unsound, attributes denied, deleted. */
export const attributeFleet = snapshot([
  lb('good'),
  lb('bad', {
    attributes: {
      state: 'available',
      value: attributes({
        accessLogsEnabled: false,
        connectionDrainingEnabled: false,
        crossZoneEnabled: false,
        desyncMitigationMode: 'monitor',
      }),
    },
  }),
  lb('denied', { attributes: DENIED('elasticloadbalancing:DescribeLoadBalancerAttributes') }),
  lb('gone', {
    attributes: {
      ...DENIED('elasticloadbalancing:DescribeLoadBalancerAttributes'),
      state: 'absent',
    },
  }),
]);
