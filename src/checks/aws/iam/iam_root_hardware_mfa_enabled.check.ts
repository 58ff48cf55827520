import { IAM } from '../../../providers/aws/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { account, rootRow, unavailable } from './common.js';

export default defineCheck({
  id: 'iam_root_hardware_mfa_enabled',
  scanner: IAM,
  reads: ['credentialReport', 'partitionRegion', 'virtualMfaDevices'],
  resource_type: 'AwsAccount',
  title: 'The root user is protected by a hardware MFA device',
  description:
    'The root user has MFA active and no virtual MFA device is assigned to it (ListVirtualMFADevices).',
  severity: 'high',
  risk: 'A virtual MFA lives on a phone with its own attack surface; the root user deserves a dedicated device.',
  remediation: {
    text: 'Sign in as the root user, remove the virtual MFA device and assign a hardware security key or TOTP token.',
    console: 'Account menu → Security credentials → Multi-factor authentication',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
  },
  compliance: { 'cis_aws_7.0': ['2.6'], aws_fsbp: ['IAM.6'] },
  *evaluate(snapshot, ctx) {
    const resource_id = account(snapshot, ctx);
    const row = rootRow(snapshot, ctx);
    if ('error' in row) {
      yield row.error;
      return;
    }
    if (!row.root.mfaActive) {
      yield { resource_id, status: 'FAIL', reason: 'the root user has no MFA device at all' };
      return;
    }
    const devices = snapshot.virtualMfaDevices;
    if (devices.state !== 'available') {
      yield unavailable(resource_id, 'the virtual MFA devices', devices);
      return;
    }
    const virtual = devices.value.find((d) => d.userArn === row.root.arn);
    yield virtual
      ? {
          resource_id,
          status: 'FAIL',
          reason: `root MFA is the virtual device ${virtual.serialNumber}`,
        }
      : { resource_id, status: 'PASS', reason: 'root MFA is not a virtual device' };
  },
});
