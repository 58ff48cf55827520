/** One region's AWS WAF (v2) web ACLs in our own compact types; CloudFront's in us-east-1 only. */
import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

export type { Read, ReadFailure };

/** REGIONAL web ACLs protect regional resources; CLOUDFRONT ones are global, read in us-east-1. */
export type WafScope = 'REGIONAL' | 'CLOUDFRONT';

/** The region where AWS WAF answers for CLOUDFRONT-scoped web ACLs. */
export const CLOUDFRONT_SCOPE_REGION = 'us-east-1';

export interface WebAclRule {
  name: string;
  priority: number;
  /** What the rule's statement is: its own match, an AWS/Marketplace managed group, a rule group of the account. */
  kind: 'rule' | 'managed_rule_group' | 'rule_group';
  /** Block, Allow, Count, Captcha, Challenge (a rule); None or Count (a rule group's override). */
  action?: string;
  cloudWatchMetricsEnabled: boolean;
  metricName?: string;
}

/** GetWebACL's answer: the rules and the default action the listing does not give. */
export interface WebAclDetail {
  /** allow or block. */
  defaultAction: string;
  rules: WebAclRule[];
  /** Rule groups Firewall Manager runs before and after the ACL's own rules. */
  firewallManagerRuleGroups: number;
  cloudWatchMetricsEnabled: boolean;
  sampledRequestsEnabled: boolean;
  capacity?: number;
  managedByFirewallManager: boolean;
}

/** A web ACL's logging configuration (ListLoggingConfigurations). */
export interface LoggingConfig {
  destinations: string[];
}

export interface WebAcl {
  arn: string;
  id: string;
  name: string;
  scope: WafScope;
  detail: Read<WebAclDetail>;
  /**
   * ARNs of the regional resources the ACL is associated with (ListResourcesForWebACL, one call
   * per resource type). Absent for CLOUDFRONT ACLs: distributions name their ACL themselves.
   */
  resources?: Read<string[]>;
}

/** One scope's web ACLs and the logging configurations of that scope. */
export interface WafScopeSnapshot {
  scope: WafScope;
  webAcls: WebAcl[];
  /** Web ACL ARN → its logging; an ACL without an entry logs nothing. */
  logging: Read<Record<string, LoggingConfig>>;
}

export interface Wafv2RegionSnapshot {
  region: string;
  regional: WafScopeSnapshot;
  /** The CLOUDFRONT scope, in the us-east-1 unit only (undefined elsewhere). */
  cloudfront?: Read<WafScopeSnapshot>;
}

/** Every scope the snapshot read, and the CloudFront scope's failure if it could not be listed. */
export function scopesOf(snapshot: Pick<Wafv2RegionSnapshot, 'regional' | 'cloudfront'>): {
  scopes: WafScopeSnapshot[];
  unread?: ReadFailure;
} {
  const scopes = [snapshot.regional];
  const cf = snapshot.cloudfront;
  if (cf === undefined) return { scopes };
  if (cf.state === 'available') return { scopes: [...scopes, cf.value] };
  return { scopes, unread: cf };
}

/** The WAFv2 scanner, as its checks name it. */
export const WAFV2 = scannerRef<Wafv2RegionSnapshot>('aws', 'wafv2');
