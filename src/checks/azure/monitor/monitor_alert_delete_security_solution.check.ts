import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_delete_security_solution',
  control: '7.1.2.6',
  operation: 'Microsoft.Security/securitySolutions/delete',
  what: 'security solution deletion',
});
