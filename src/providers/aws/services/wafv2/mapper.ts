import type { LoggingConfiguration, Rule, WebACL, WebACLSummary } from '@aws-sdk/client-wafv2';
import type { LoggingConfig, WafScope, WebAcl, WebAclDetail, WebAclRule } from './model.js';

export type ListedWebAcl = Omit<WebAcl, 'detail' | 'resources'>;

export function mapWebAclSummary(scope: WafScope) {
  return (acl: WebACLSummary): ListedWebAcl | undefined => {
    if (!acl.ARN || !acl.Id || !acl.Name) return undefined;
    return { arn: acl.ARN, id: acl.Id, name: acl.Name, scope };
  };
}

/** The name of the one member an action union sets (`{ Block: {} }` → `Block`). */
function actionName(action: object | undefined): string | undefined {
  if (!action) return undefined;
  return Object.entries(action).find(([, v]) => v !== undefined)?.[0];
}

export function mapRule(rule: Rule): WebAclRule {
  const statement = rule.Statement;
  const kind: WebAclRule['kind'] = statement?.ManagedRuleGroupStatement
    ? 'managed_rule_group'
    : statement?.RuleGroupReferenceStatement
      ? 'rule_group'
      : 'rule';
  const action = actionName(rule.Action) ?? actionName(rule.OverrideAction);
  return {
    name: rule.Name ?? '',
    priority: rule.Priority ?? 0,
    kind,
    ...(action ? { action } : {}),
    cloudWatchMetricsEnabled: rule.VisibilityConfig?.CloudWatchMetricsEnabled === true,
    ...(rule.VisibilityConfig?.MetricName ? { metricName: rule.VisibilityConfig.MetricName } : {}),
  };
}

export function mapWebAclDetail(acl: WebACL): WebAclDetail {
  return {
    defaultAction: (actionName(acl.DefaultAction) ?? 'unknown').toLowerCase(),
    rules: (acl.Rules ?? []).map(mapRule).sort((a, b) => a.priority - b.priority),
    firewallManagerRuleGroups:
      (acl.PreProcessFirewallManagerRuleGroups?.length ?? 0) +
      (acl.PostProcessFirewallManagerRuleGroups?.length ?? 0),
    cloudWatchMetricsEnabled: acl.VisibilityConfig?.CloudWatchMetricsEnabled === true,
    sampledRequestsEnabled: acl.VisibilityConfig?.SampledRequestsEnabled === true,
    ...(acl.Capacity !== undefined ? { capacity: acl.Capacity } : {}),
    managedByFirewallManager: acl.ManagedByFirewallManager === true,
  };
}

export function mapLoggingConfigurations(
  configs: readonly LoggingConfiguration[],
): Record<string, LoggingConfig> {
  const out: Record<string, LoggingConfig> = {};
  for (const c of configs) {
    if (!c.ResourceArn) continue;
    out[c.ResourceArn] = { destinations: [...(c.LogDestinationConfigs ?? [])] };
  }
  return out;
}
