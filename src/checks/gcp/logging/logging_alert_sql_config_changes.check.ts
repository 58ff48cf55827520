import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_sql_config_changes',
  control: '2.11',
  subject: 'SQL instance configuration changes',
  needles: ['protoPayload.methodName="cloudsql.instances.update"'],
  filter: 'protoPayload.methodName="cloudsql.instances.update"',
});
