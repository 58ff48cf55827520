import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_custom_role_changes',
  control: '2.6',
  subject: 'custom role changes',
  needles: [
    'resource.type="iam_role"',
    'google.iam.admin.v1.CreateRole',
    'google.iam.admin.v1.DeleteRole',
    'google.iam.admin.v1.UpdateRole',
  ],
  filter:
    'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole" OR protoPayload.methodName="google.iam.admin.v1.UndeleteRole")',
});
