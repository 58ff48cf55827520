import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_project_ownership_changes',
  control: '2.4',
  subject: 'project ownership assignments and changes',
  needles: [
    'cloudresourcemanager.googleapis.com',
    'projectownership',
    'projectownerinvitee',
    'roles/owner',
  ],
  filter:
    '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
});
