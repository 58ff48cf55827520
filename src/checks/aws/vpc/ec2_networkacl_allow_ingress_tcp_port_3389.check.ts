import { VPC } from '../../../providers/aws/services/vpc/model.js';
import { defineCheck } from '../../define.js';
import { aclWorldIngress } from './common.js';

export default defineCheck({
  id: 'ec2_networkacl_allow_ingress_tcp_port_3389',
  scanner: VPC,
  reads: ['networkAcls'],
  resource_type: 'AwsEc2NetworkAcl',
  title: 'Network ACLs do not let RDP (3389) in from anywhere',
  description:
    'In rule-number order, the first inbound entry from 0.0.0.0/0 (and from ::/0) covering port 3389 is not an allow.',
  severity: 'medium',
  risk: 'The network ACL is the subnet-wide safety net; letting the internet through it leaves security groups alone in the way.',
  remediation: {
    text: 'Add a deny entry for the port from 0.0.0.0/0 and ::/0 before the allow entry, or narrow the allow entry to known networks.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id ACL_ID --ingress --rule-number 50 --protocol tcp --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action deny',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  compliance: { 'cis_aws_7.0': ['6.2'], aws_fsbp: ['EC2.21'] },
  *evaluate(snapshot, ctx) {
    yield* aclWorldIngress(snapshot, ctx, 3389);
  },
});
