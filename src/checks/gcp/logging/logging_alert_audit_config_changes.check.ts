import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_audit_config_changes',
  control: '2.5',
  subject: 'audit configuration changes',
  needles: [
    'protoPayload.methodName="SetIamPolicy"',
    'protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
  ],
  filter:
    'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
});
