import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { describeRule, sgArn, worldIngress } from './common.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports',
  scanner: VPC,
  reads: ['securityGroups'],
  resource_type: 'AwsEc2SecurityGroup',
  title: 'Security groups do not open every port to the internet',
  description:
    'No inbound rule allows all traffic, or every TCP or UDP port, from 0.0.0.0/0 or ::/0.',
  severity: 'critical',
  risk: 'Every service on the attached resources, administration ports included, is reachable by anyone.',
  remediation: {
    text: 'Replace the rule with rules for the ports the application serves, from the sources that need them.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  compliance: { 'cis_aws_7.0': ['6.3', '6.4'], aws_fsbp: ['EC2.18', 'EC2.53', 'EC2.54'] },
  *evaluate(snapshot, ctx) {
    for (const group of snapshot.securityGroups) {
      const resource_id = sgArn(ctx, group);
      const wide = worldIngress(group).filter(
        (r) =>
          r.protocol === 'all' ||
          ((r.protocol === 'tcp' || r.protocol === 'udp') &&
            (r.from_port ?? 0) <= 0 &&
            (r.to_port ?? 65535) >= 65535),
      );
      yield wide.length > 0
        ? {
            resource_id,
            status: 'FAIL',
            reason: `${group.id} (${group.name}) allows ${wide.map(describeRule).join('; ')}`,
          }
        : {
            resource_id,
            status: 'PASS',
            reason: `${group.id} (${group.name}) opens no full port range to the internet`,
          };
    }
  },
});
