/** One region's Application, Network and Gateway Load Balancers in our own compact types. */
import type { HourlyPrices } from '../../pricing.js';
import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

export interface Listener {
  arn: string;
  port: number;
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE… */
  protocol: string;
  sslPolicy?: string;
  /** The default action redirects to HTTPS (how an HTTP listener is made safe). */
  redirectsToHttps: boolean;
  defaultActionTypes: string[];
}

/** The attributes the checks read (DescribeLoadBalancerAttributes); absent keys are undefined. */
export interface LoadBalancerAttributes {
  accessLogsEnabled?: boolean;
  accessLogsBucket?: string;
  deletionProtectionEnabled?: boolean;
  /** ALB only: routing.http.drop_invalid_header_fields.enabled. */
  dropInvalidHeaderFields?: boolean;
}

export interface TargetHealthSummary {
  total: number;
  healthy: number;
  /** Target health state → count (healthy, unhealthy, unused, draining, initial…). */
  states: Record<string, number>;
}

export interface TargetGroup {
  arn: string;
  name: string;
  protocol?: string;
  port?: number;
  targetType?: string;
  loadBalancerArns: string[];
  health: Read<TargetHealthSummary>;
}

export interface LoadBalancer {
  arn: string;
  name: string;
  /** application, network or gateway. */
  type: string;
  scheme: string;
  state: string;
  vpcId?: string;
  dnsName?: string;
  availabilityZones: string[];
  securityGroups: string[];
  ipAddressType?: string;
  createdTime?: string;
  listeners: Read<Listener[]>;
  attributes: Read<LoadBalancerAttributes>;
}

/** Security policy name → the protocols it allows (DescribeSSLPolicies), for the policies in use. */
export type SslPolicies = Record<string, string[]>;

/** Requests (ALB) or new flows (NLB) over the window, by load balancer ARN. */
export type Elbv2Traffic =
  | {
      status: 'collected';
      windowDays: number;
      windowStart: string;
      requests: Record<string, number>;
    }
  | { status: 'unavailable'; errorCode: string };

/**
 * The Price List's hourly price of each load balancer type (`application`, `network`, `gateway`)
 * an idle load balancer of the region has, read only with options.cost and an idle one.
 */
export type Elbv2Pricing = HourlyPrices;

/** The Price List's product family of each load balancer type. */
export const PRICE_FAMILIES: Readonly<Record<string, string>> = {
  application: 'Load Balancer-Application',
  network: 'Load Balancer-Network',
  gateway: 'Load Balancer-Gateway',
};

export interface Elbv2RegionSnapshot {
  region: string;
  loadBalancers: LoadBalancer[];
  targetGroups: Read<TargetGroup[]>;
  tags: Read<Record<string, Tags>>;
  sslPolicies: Read<SslPolicies>;
  traffic: Elbv2Traffic;
  pricing: Elbv2Pricing;
}

/** The ELBv2 scanner, as its checks name it. */
export const ELBV2 = scannerRef<Elbv2RegionSnapshot>('aws', 'elbv2');
