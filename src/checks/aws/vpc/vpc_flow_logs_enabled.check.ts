import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { ec2Arn } from '../arn.js';

export default defineCheck({
  id: 'vpc_flow_logs_enabled',
  scanner: VPC,
  reads: ['flowLogs', 'vpcs'],
  resource_type: 'AwsEc2Vpc',
  title: 'VPC flow logs are enabled',
  description:
    'Each VPC owned by the account has an active flow log. VPCs shared with the account by another one are left to their owner.',
  severity: 'medium',
  risk: 'Without flow logs, there is no record of who talked to what when investigating an intrusion or exfiltration.',
  remediation: {
    text: 'Create a flow log for the VPC (rejected traffic at least) to CloudWatch Logs or S3.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::LOG_BUCKET',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
  },
  compliance: { 'cis_aws_7.0': ['4.7'], aws_fsbp: ['EC2.6'] },
  *evaluate(snapshot, ctx) {
    for (const vpc of snapshot.vpcs) {
      if (vpc.ownerId !== undefined && vpc.ownerId !== ctx.accountId) continue;
      const resource_id = ec2Arn(ctx, `vpc/${vpc.id}`, vpc.ownerId);
      if (snapshot.flowLogs.state !== 'available') {
        yield unreadable(resource_id, `${vpc.id}'s flow logs`, snapshot.flowLogs);
        continue;
      }
      const logs = snapshot.flowLogs.value.filter((f) => f.resourceId === vpc.id);
      const active = logs.filter((f) => f.status === 'ACTIVE');
      yield active.length > 0
        ? {
            resource_id,
            status: 'PASS',
            reason: `${vpc.id} has flow log ${active.map((f) => f.id).join(', ')}`,
          }
        : {
            resource_id,
            status: 'FAIL',
            reason:
              logs.length > 0
                ? `${vpc.id}'s flow logs are not active`
                : `${vpc.id} has no flow log`,
          };
    }
  },
});
