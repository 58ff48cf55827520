import { MONITOR } from '../../../providers/azure/services/monitor/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, subscriptionResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'monitor_activity_log_exported',
  scanner: MONITOR,
  reads: ['subscriptionId', 'diagnosticSettings'],
  resource_type: 'AzureSubscription',
  title: 'The subscription’s activity log is exported by a diagnostic setting',
  description:
    'At least one subscription diagnostic setting sends the activity log to a workspace, storage account or event hub.',
  severity: 'medium',
  risk: 'The activity log is kept 90 days only; without an export, older control-plane history is gone.',
  remediation: {
    text: 'Create a subscription diagnostic setting sending the activity log to Log Analytics or a storage account.',
    cli: 'az monitor diagnostic-settings subscription create --name activity --location westeurope --workspace WORKSPACE_ID --logs [{"category":"Administrative","enabled":true}]',
    url: 'https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log',
  },
  compliance: { [CIS]: ['7.1.1.1'] },
  *evaluate(snapshot) {
    const id = subscriptionResource(snapshot.subscriptionId);
    const settings = snapshot.diagnosticSettings;
    if (settings.state !== 'available') {
      yield unreadResult(id, 'the subscription’s diagnostic settings', settings);
      return;
    }
    const exporting = settings.value.filter(
      (s) => s.enabledCategories.length > 0 || s.enabledCategoryGroups.length > 0,
    );
    yield exporting.length > 0
      ? pass(id, `the activity log is exported by ${exporting.map((s) => s.name).join(', ')}`)
      : fail(id, 'no diagnostic setting exports the activity log');
  },
});
