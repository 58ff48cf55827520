import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { WAFV2_METRIC as W } from './metrics.js';
import { scopesOf, type Wafv2RegionSnapshot } from './model.js';

type Value = EventDraft['metric_value'];

/** Pure: the region's web ACLs (and CloudFront's in us-east-1) → events on each ACL's ARN. */
export function* extractWafv2Events(snapshot: Wafv2RegionSnapshot): Generator<EventDraft> {
  for (const scope of scopesOf(snapshot).scopes) {
    for (const acl of scope.webAcls) {
      const fact = (metric_type: string, metric_value: Value): EventDraft => ({
        resource_id: acl.arn,
        metric_type,
        metric_value,
      });
      const errors: string[] = [];
      yield fact(W.name, acl.name);
      yield fact(W.scope, acl.scope);

      if (acl.detail.state === 'available') {
        const d = acl.detail.value;
        yield fact(W.defaultAction, d.defaultAction);
        yield fact(W.ruleCount, d.rules.length + d.firewallManagerRuleGroups);
        yield fact(
          W.rules,
          d.rules.map((r) => ({
            name: r.name,
            priority: r.priority,
            kind: r.kind,
            ...(r.action ? { action: r.action } : {}),
            cloudwatch_metrics_enabled: r.cloudWatchMetricsEnabled,
          })),
        );
        if (d.capacity !== undefined) yield fact(W.capacity, d.capacity);
        yield fact(W.managedByFirewallManager, d.managedByFirewallManager);
        yield fact(W.cloudWatchMetricsEnabled, d.cloudWatchMetricsEnabled);
        yield fact(
          W.rulesWithoutMetrics,
          d.rules.filter((r) => !r.cloudWatchMetricsEnabled).map((r) => r.name),
        );
      } else if (acl.detail.state !== 'absent') errors.push(readError(acl.detail) ?? '');

      if (scope.logging.state === 'available') {
        const logging = scope.logging.value[acl.arn];
        yield fact(W.loggingEnabled, (logging?.destinations.length ?? 0) > 0);
        yield fact(W.logDestinations, logging?.destinations ?? []);
      } else errors.push(readError(scope.logging) ?? '');

      if (acl.resources?.state === 'available') {
        yield fact(W.protectedResources, acl.resources.value);
        yield fact(W.unassociated, acl.resources.value.length === 0);
      } else if (acl.resources && acl.resources.state !== 'absent')
        errors.push(readError(acl.resources) ?? '');

      const unique = [...new Set(errors.filter((e) => e !== ''))];
      if (unique.length > 0) yield fact(W.readError, unique);
    }
  }
}
