import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { authorization, awsManagedPolicyArn, holdersOf } from './common.js';

export default defineCheck({
  id: 'iam_aws_attached_policy_no_administrative_privileges',
  scanner: IAM,
  reads: ['authorization', 'partitionRegion'],
  resource_type: 'AwsIamPolicy',
  title: 'The AWS-managed AdministratorAccess policy is not attached',
  description: 'No user, group or role has arn:aws:iam::aws:policy/AdministratorAccess attached.',
  severity: 'high',
  risk: 'AdministratorAccess grants every action on every resource to whoever holds it.',
  remediation: {
    text: 'Detach AdministratorAccess and grant the permissions each job needs; keep break-glass access behind MFA and monitoring.',
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  compliance: { 'cis_aws_7.0': ['2.14'] },
  *evaluate(snapshot, ctx) {
    const auth = authorization(snapshot, ctx);
    if ('error' in auth) {
      yield auth.error;
      return;
    }
    const resource_id = awsManagedPolicyArn(snapshot, 'AdministratorAccess');
    const holders = holdersOf(auth.details, resource_id);
    yield holders.length > 0
      ? {
          resource_id,
          status: 'FAIL',
          reason: `AdministratorAccess is attached to ${holders.join(', ')}`,
        }
      : { resource_id, status: 'PASS', reason: 'AdministratorAccess is attached to nobody' };
  },
});
