import { alertCheck } from './alerting.js';

export default alertCheck({
  id: 'logging_alert_storage_iam_changes',
  control: '2.10',
  subject: 'Cloud Storage IAM permission changes',
  needles: ['resource.type="gcs_bucket"', 'protoPayload.methodName="storage.setIamPermissions"'],
  filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
});
