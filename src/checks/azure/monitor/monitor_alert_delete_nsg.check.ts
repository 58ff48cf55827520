import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_delete_nsg',
  control: '7.1.2.4',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
  what: 'NSG deletion',
});
