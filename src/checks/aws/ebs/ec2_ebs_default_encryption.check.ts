import { EBS } from '../../../providers/aws/services/ebs/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'ec2_ebs_default_encryption',
  scanner: EBS,
  reads: ['defaultKmsKeyId', 'encryptionByDefault'],
  resource_type: 'AwsRegion',
  title: 'EBS encryption by default is enabled in the region',
  description:
    'Reads the region’s EBS encryption-by-default setting; the default key (AWS-managed or customer-managed) is named in the reason.',
  severity: 'medium',
  risk: 'Volumes and snapshots created without an explicit encryption flag stay in clear text, and so do their copies.',
  remediation: {
    text: 'Turn on encryption by default in every region (existing volumes are not converted; re-create them from encrypted snapshots).',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    console:
      'EC2 → Settings (Account attributes) → Data protection and security → EBS encryption → Manage → Enable',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  compliance: { 'cis_aws_7.0': ['6.1.1'], aws_fsbp: ['EC2.7'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('ec2', ctx);
    const setting = snapshot.encryptionByDefault;
    if (setting.state !== 'available') {
      yield unreadable(resource_id, 'EBS encryption by default', setting);
      return;
    }
    if (!setting.value) {
      yield {
        resource_id,
        status: 'FAIL',
        reason: `EBS encryption by default is off in ${ctx.region}`,
      };
      return;
    }
    const key =
      snapshot.defaultKmsKeyId.state === 'available'
        ? ` with ${snapshot.defaultKmsKeyId.value}`
        : '';
    yield { resource_id, status: 'PASS', reason: `new volumes are encrypted by default${key}` };
  },
});
