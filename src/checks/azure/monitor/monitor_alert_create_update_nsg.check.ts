import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_create_update_nsg',
  control: '7.1.2.3',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
  what: 'NSG creation or update',
});
