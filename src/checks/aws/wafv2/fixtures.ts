/** WAFv2 snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ReadFailure,
  WafScopeSnapshot,
  Wafv2RegionSnapshot,
  WebAcl,
  WebAclRule,
} from '../../../providers/aws/services/wafv2/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized',
  httpStatus: 403,
});

export const rule = (name: string, cloudWatchMetricsEnabled = true): WebAclRule => ({
  name,
  priority: 0,
  kind: 'managed_rule_group',
  action: 'None',
  cloudWatchMetricsEnabled,
  metricName: name,
});

export function acl(
  name: string,
  overrides: Partial<WebAcl> & { rules?: WebAclRule[] } = {},
): WebAcl {
  const { rules, ...rest } = overrides;
  const scope = rest.scope ?? 'REGIONAL';
  const id = `${name}-0000-1111-2222-333344445555`;
  return {
    arn:
      scope === 'REGIONAL'
        ? `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/${name}/${id}`
        : `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/${name}/${id}`,
    id,
    name,
    scope,
    detail: {
      state: 'available',
      value: {
        defaultAction: 'allow',
        rules: rules ?? [rule('AWS-AWSManagedRulesCommonRuleSet')],
        firewallManagerRuleGroups: 0,
        cloudWatchMetricsEnabled: true,
        sampledRequestsEnabled: true,
        capacity: 700,
        managedByFirewallManager: false,
      },
    },
    ...(scope === 'REGIONAL' ? { resources: { state: 'available' as const, value: [] } } : {}),
    ...rest,
  };
}

/** A scope whose ACLs all log, except those named in `notLogging`. */
export function scope(
  webAcls: WebAcl[],
  notLogging: readonly string[] = [],
  overrides: Partial<WafScopeSnapshot> = {},
): WafScopeSnapshot {
  return {
    scope: webAcls[0]?.scope ?? 'REGIONAL',
    webAcls,
    logging: {
      state: 'available',
      value: Object.fromEntries(
        webAcls
          .filter((a) => !notLogging.includes(a.name))
          .map((a) => [
            a.arn,
            {
              destinations: [`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:aws-waf-logs-${a.name}`],
            },
          ]),
      ),
    },
    ...overrides,
  };
}

export function snapshot(
  regional: WafScopeSnapshot,
  cloudfront?: Wafv2RegionSnapshot['cloudfront'],
): Wafv2RegionSnapshot {
  return { region: REGION, regional, ...(cloudfront ? { cloudfront } : {}) };
}

/** A fully read snapshot with both scopes, for the shared unreadable test. */
export const all: Wafv2RegionSnapshot = snapshot(scope([acl('shop')]), {
  state: 'available',
  value: scope([acl('edge', { scope: 'CLOUDFRONT' })]),
});
