import {
  MONITOR,
  REQUIRED_ACTIVITY_LOG_CATEGORIES,
} from '../../../providers/azure/services/monitor/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'monitor_activity_log_required_categories',
  scanner: MONITOR,
  reads: ['subscriptionId', 'diagnosticSettings'],
  resource_type: 'AzureSubscription',
  title: 'The activity-log export captures Administrative, Alert, Policy and Security',
  description:
    'Some diagnostic setting of the subscription exports each of the Administrative, Alert, Policy and Security categories.',
  severity: 'medium',
  risk: 'Missing categories leave changes, policy denials or security alerts out of the retained history.',
  remediation: {
    text: 'Enable the Administrative, Alert, Policy and Security categories in the subscription diagnostic setting.',
    url: 'https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema',
  },
  compliance: { [CIS]: ['7.1.1.2'] },
  *evaluate(snapshot) {
    const id = subscriptionResource(snapshot.subscriptionId);
    const settings = snapshot.diagnosticSettings;
    if (settings.state !== 'available') {
      yield unreadResult(id, 'the subscription’s diagnostic settings', settings);
      return;
    }
    const exported = new Set(
      settings.value.flatMap((s) =>
        s.enabledCategoryGroups.includes('allLogs')
          ? REQUIRED_ACTIVITY_LOG_CATEGORIES
          : s.enabledCategories,
      ),
    );
    const missing = REQUIRED_ACTIVITY_LOG_CATEGORIES.filter((c) => !exported.has(c));
    yield missing.length === 0
      ? pass(id, 'the activity log export captures every required category')
      : fail(id, `the activity log export misses ${missing.join(', ')}`);
  },
});
