/** One region's Classic Load Balancers (Elastic Load Balancing, the first API) in our own compact types. */
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

export interface ClassicListener {
  /** HTTP, HTTPS, TCP or SSL, on the load balancer's side. */
  protocol: string;
  port: number;
  instanceProtocol?: string;
  instancePort?: number;
  sslCertificateId?: string;
  /** The policies the listener uses (the SSL negotiation policy of an HTTPS/SSL listener among them). */
  policyNames: string[];
}

/** DescribeLoadBalancerAttributes: what the checks read. */
export interface ClassicAttributes {
  accessLogsEnabled: boolean;
  accessLogsBucket?: string;
  connectionDrainingEnabled: boolean;
  connectionDrainingTimeout?: number;
  crossZoneEnabled: boolean;
  idleTimeout?: number;
  /** elb.http.desyncmitigationmode: monitor, defensive or strictest; absent when not answered. */
  desyncMitigationMode?: string;
}

/** A policy of the load balancer (DescribeLoadBalancerPolicies). */
export interface ClassicPolicy {
  /** SSLNegotiationPolicyType, LBCookieStickinessPolicyType… */
  type: string;
  /** The predefined ELBSecurityPolicy-… an SSL negotiation policy was made from; absent for a custom one. */
  referenceSecurityPolicy?: string;
  /** Protocols an SSL negotiation policy enables (Protocol-TLSv1.2 = true → TLSv1.2). */
  protocols: string[];
}

export interface ClassicLoadBalancer {
  arn: string;
  name: string;
  scheme: string;
  dnsName?: string;
  vpcId?: string;
  availabilityZones: string[];
  subnets: string[];
  securityGroups: string[];
  /** Instances registered with the load balancer (the listing says which; their health is not read). */
  instanceIds: string[];
  listeners: ClassicListener[];
  createdTime?: string;
  attributes: Read<ClassicAttributes>;
  policies: Read<Record<string, ClassicPolicy>>;
}

/** USD an hour a Classic Load Balancer costs in the region (Price List, on-demand). */
export type ElbPricing = Read<{ hourlyUsd: number }> | { state: 'not_requested' };

export interface ElbRegionSnapshot {
  region: string;
  loadBalancers: ClassicLoadBalancer[];
  /** Load balancer name → tags (DescribeTags, 20 names a call). */
  tags: Read<Record<string, Tags>>;
  /** RequestCount (AWS/ELB, Sum) over the window, by load balancer ARN. */
  traffic: StatsRead<'requests'>;
  pricing: ElbPricing;
}

/** The predefined SSL policies that allow TLS 1.2 only: the strong configuration ELB.8 asks for. */
export const STRONG_SSL_POLICIES = ['ELBSecurityPolicy-TLS-1-2-2017-01'];

/** The listener protocols that terminate TLS at the load balancer. */
export const TLS_PROTOCOLS = ['HTTPS', 'SSL'];

/** The predefined policy an HTTPS/SSL listener's SSL negotiation policy references, if read. */
export function listenerSslPolicy(
  listener: ClassicListener,
  policies: ClassicLoadBalancer['policies'],
): string | undefined {
  if (policies.state !== 'available') return undefined;
  for (const name of listener.policyNames) {
    const p = policies.value[name];
    if (p?.type === 'SSLNegotiationPolicyType') return p.referenceSecurityPolicy ?? name;
  }
  return undefined;
}

/** The ELB (Classic) scanner, as its checks name it. */
export const ELB = scannerRef<ElbRegionSnapshot>('aws', 'elb');
