import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_delete_policy_assignment',
  control: '7.1.2.2',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
  what: 'policy assignment deletion',
});
