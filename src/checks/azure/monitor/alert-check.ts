import type { CheckDefinition } from '../../../core/index.js';
import {
  MONITOR,
  alertCovers,
  type MonitorSnapshot,
} from '../../../providers/azure/services/monitor/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource } from '../support.js';

/**
 * One CIS 7.1.2.x check: an enabled activity log alert of the subscription fires on this operation
 * (or, for `ServiceHealth`, on Service Health events).
 */
export function activityLogAlertCheck(spec: {
  id: string;
  control: string;
  operation: string;
  what: string;
}): CheckDefinition<MonitorSnapshot> {
  return defineCheck({
    id: spec.id,
    scanner: MONITOR,
    reads: ['subscriptionId', 'activityLogAlerts'],
    resource_type: 'AzureSubscription',
    title: `An activity log alert fires on ${spec.what}`,
    description: `An enabled activity log alert scoped to the subscription has category ${spec.operation === 'ServiceHealth' ? 'ServiceHealth' : `Administrative and operationName ${spec.operation}`}.`,
    severity: 'low',
    risk: `Without an alert, ${spec.what} goes unnoticed until someone reads the activity log.`,
    remediation: {
      text: `Create an activity log alert for ${spec.what} with an action group that reaches the security team.`,
      cli:
        spec.operation === 'ServiceHealth'
          ? 'az monitor activity-log alert create --name service-health --resource-group RG --scope /subscriptions/SUB --condition category=ServiceHealth --action-group ACTION_GROUP_ID'
          : `az monitor activity-log alert create --name ALERT --resource-group RG --scope /subscriptions/SUB --condition category=Administrative and operationName=${spec.operation} --action-group ACTION_GROUP_ID`,
      url: 'https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule',
    },
    compliance: { [CIS]: [spec.control] },
    *evaluate(snapshot) {
      const id = subscriptionResource(snapshot.subscriptionId);
      const alerts = snapshot.activityLogAlerts.filter((a) =>
        alertCovers(a, snapshot.subscriptionId, spec.operation),
      );
      yield alerts.length > 0
        ? pass(id, `alert ${alerts.map((a) => a.name).join(', ')} fires on ${spec.what}`)
        : fail(id, `no enabled activity log alert fires on ${spec.what}`);
    },
  });
}
