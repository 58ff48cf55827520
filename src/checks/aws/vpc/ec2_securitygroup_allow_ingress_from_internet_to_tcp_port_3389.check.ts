import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { worldOpenTcpPorts } from './common.js';

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
  scanner: VPC,
  reads: ['securityGroups'],
  resource_type: 'AwsEc2SecurityGroup',
  title: 'Security groups do not open RDP (3389) to the internet',
  description: 'No inbound rule allows TCP port 3389 (or all traffic) from 0.0.0.0/0 or ::/0.',
  severity: 'high',
  risk: 'RDP open to the world is a favourite entry point of ransomware operators.',
  remediation: {
    text: 'Remove the rule or narrow its source to known networks; reach instances through Session Manager, a VPN or a bastion.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --protocol tcp --port PORT --cidr 0.0.0.0/0',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  compliance: { 'cis_aws_7.0': ['6.3', '6.4'], aws_fsbp: ['EC2.14', 'EC2.53', 'EC2.54'] },
  *evaluate(snapshot, ctx) {
    yield* worldOpenTcpPorts(snapshot, ctx, [3389]);
  },
});
