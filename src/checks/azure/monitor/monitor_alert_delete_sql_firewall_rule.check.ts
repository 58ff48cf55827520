import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_delete_sql_firewall_rule',
  control: '7.1.2.8',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
  what: 'SQL firewall rule deletion',
});
