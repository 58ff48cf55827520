import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_delete_public_ip',
  control: '7.1.2.10',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
  what: 'public IP deletion',
});
