import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { account, rootRow, unavailable } from './common.js';

export default defineCheck({
  id: 'iam_root_mfa_enabled',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion', 'summary'],
  resource_type: 'AwsAccount',
  title: 'MFA is enabled for the root user',
  description:
    'Reads mfa_active for the root user in the credential report (or AccountMFAEnabled in the account summary). A root user without a console password passes.',
  severity: 'critical',
  risk: 'A root password alone is one phishing or reuse away from full control of the account.',
  remediation: {
    text: 'Sign in as the root user and assign an MFA device (a passkey, security key or authenticator app kept by the organisation).',
    console:
      'Account menu → Security credentials → Multi-factor authentication → Assign MFA device',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  compliance: { 'cis_aws_7.0': ['2.5'], aws_fsbp: ['IAM.9'] },
  *evaluate(snapshot, ctx) {
    const resource_id = account(snapshot, ctx);
    const row = rootRow(snapshot, ctx);
    if ('root' in row) {
      if (row.root.mfaActive) yield { resource_id, status: 'PASS', reason: 'root MFA is active' };
      else if (row.root.passwordEnabled === false)
        yield { resource_id, status: 'PASS', reason: 'the root user has no console password' };
      else yield { resource_id, status: 'FAIL', reason: 'root mfa_active is false' };
      return;
    }
    const summary = snapshot.summary;
    if (summary.state === 'available' && summary.value.AccountMFAEnabled !== undefined) {
      yield summary.value.AccountMFAEnabled > 0
        ? { resource_id, status: 'PASS', reason: 'AccountMFAEnabled is 1' }
        : { resource_id, status: 'FAIL', reason: 'AccountMFAEnabled is 0: root MFA is off' };
      return;
    }
    yield summary.state === 'available'
      ? row.error
      : unavailable(resource_id, 'the credential report and the account summary', summary);
  },
});
