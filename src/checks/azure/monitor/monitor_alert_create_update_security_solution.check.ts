import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_create_update_security_solution',
  control: '7.1.2.5',
  operation: 'Microsoft.Security/securitySolutions/write',
  what: 'security solution creation or update',
});
