import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_create_policy_assignment',
  control: '7.1.2.1',
  operation: 'Microsoft.Authorization/policyAssignments/write',
  what: 'policy assignment creation',
});
