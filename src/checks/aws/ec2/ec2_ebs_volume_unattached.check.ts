import { EC2 } from '../../../providers/aws/services/ec2/model.js';
import { defineCheck } from '../../define.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'ec2_ebs_volume_unattached',
  scanner: EC2,
  reads: ['volumes'],
  resource_type: 'AwsEc2Volume',
  title: 'EBS volumes are attached to an instance',
  description:
    "The volume is attached (state in-use); an available volume is nobody's and still billed.",
  severity: 'low',
  risk: 'Forgotten volumes keep data nobody watches any more, and cost money every month.',
  remediation: {
    text: 'Snapshot the volume if its data is needed, then delete it.',
    cli: 'aws ec2 delete-volume --volume-id VOLUME_ID',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    for (const volume of snapshot.volumes) {
      const resource_id = ec2Arn(ctx, `volume/${volume.id}`);
      yield volume.attachedInstanceIds.length > 0
        ? {
            resource_id,
            status: 'PASS',
            reason: `${volume.id} is attached to ${volume.attachedInstanceIds.join(', ')}`,
          }
        : {
            resource_id,
            status: 'FAIL',
            reason: `${volume.id} is ${volume.state} and attached to nothing`,
          };
    }
  },
});
