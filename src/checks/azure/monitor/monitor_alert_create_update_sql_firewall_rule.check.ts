import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_create_update_sql_firewall_rule',
  control: '7.1.2.7',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
  what: 'SQL firewall rule creation or update',
});
