import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_create_update_public_ip',
  control: '7.1.2.9',
  operation: 'Microsoft.Network/publicIPAddresses/write',
  what: 'public IP creation or update',
});
