import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_firewall_rule_changes',
  control: '2.7',
  subject: 'VPC firewall rule changes',
  needles: [
    'resource.type="gce_firewall_rule"',
    'compute.firewalls.patch',
    'compute.firewalls.insert',
    'compute.firewalls.delete',
  ],
  filter:
    'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
});
