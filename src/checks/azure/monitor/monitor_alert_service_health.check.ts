import { activityLogAlertCheck } from './alert-check.js';

export default activityLogAlertCheck({
  id: 'monitor_alert_service_health',
  control: '7.1.2.11',
  operation: 'ServiceHealth',
  what: 'Service Health events',
});
