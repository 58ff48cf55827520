import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { worldOpenTcpPorts } from './common.js';

/** Ports of services that should never face the internet. */
export const HIGH_RISK_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
  5601, 8080, 8088, 8888, 9200, 9300,
];

export default defineCheck({
  id: 'ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports',
  scanner: VPC,
  reads: ['securityGroups'],
  resource_type: 'AwsEc2SecurityGroup',
  title: 'Security groups do not open high-risk ports to the internet',
  description:
    'No inbound rule opens FTP, Telnet, SMTP, RPC, SMB, IMAP, POP3, database, Kibana, Elasticsearch or common admin web ports to 0.0.0.0/0 or ::/0.',
  severity: 'high',
  risk: 'Databases and legacy or admin services exposed to the internet are scanned for within minutes of opening.',
  remediation: {
    text: 'Remove the rule or narrow its source to known networks; reach instances through Session Manager, a VPN or a bastion.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id GROUP_ID --protocol tcp --port PORT --cidr 0.0.0.0/0',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  compliance: { aws_fsbp: ['EC2.19'] },
  *evaluate(snapshot, ctx) {
    yield* worldOpenTcpPorts(snapshot, ctx, HIGH_RISK_PORTS);
  },
});
