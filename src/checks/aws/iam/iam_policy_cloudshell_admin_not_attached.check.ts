import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization, awsManagedPolicyArn, holdersOf } from './common.js';

export default defineCheck({
  id: 'iam_policy_cloudshell_admin_not_attached',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'AwsIamPolicy',
  title: 'AWSCloudShellFullAccess is not attached',
  description:
    'No user, group or role has arn:aws:iam::aws:policy/AWSCloudShellFullAccess attached.',
  severity: 'medium',
  risk: 'Full CloudShell access includes file upload and download and internet access: an easy exfiltration path.',
  remediation: {
    text: 'Detach AWSCloudShellFullAccess and grant a CloudShell policy that denies file transfers where CloudShell is needed.',
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    url: 'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
  },
  compliance: { 'cis_aws_7.0': ['2.20'], aws_fsbp: ['IAM.27'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    const resource_id = awsManagedPolicyArn(snapshot, 'AWSCloudShellFullAccess');
    const holders = holdersOf(auth.details, resource_id);
    yield holders.length > 0
      ? {
          resource_id,
          status: 'FAIL',
          reason: `AWSCloudShellFullAccess is attached to ${holders.join(', ')}`,
        }
      : { resource_id, status: 'PASS', reason: 'AWSCloudShellFullAccess is attached to nobody' };
  },
});
