import { EC2 } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_ebs_volume_encryption',
  scanner: EC2,
  reads: ['volumes'],
  resource_type: 'AwsEc2Volume',
  title: 'EBS volumes are encrypted',
  description: 'Every EBS volume is encrypted at rest.',
  severity: 'medium',
  risk: 'An unencrypted volume, and every snapshot and copy of it, can be read by whoever gets hold of it.',
  remediation: {
    text: 'Snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in; turn on EBS encryption by default.',
    cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  compliance: { aws_fsbp: ['EC2.3'] },
  *evaluate(snapshot, ctx) {
    for (const volume of snapshot.volumes) {
      const resource_id = ec2Arn(ctx, `volume/${volume.id}`);
      yield volume.encrypted
        ? { resource_id, status: 'PASS', reason: `${volume.id} is encrypted` }
        : { resource_id, status: 'FAIL', reason: `${volume.id} is not encrypted` };
    }
  },
});
