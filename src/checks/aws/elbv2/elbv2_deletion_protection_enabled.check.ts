import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const TYPES = ['application', 'network', 'gateway'];

export default defineCheck({
  id: 'elbv2_deletion_protection_enabled',
  scanner: ELBV2,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'Load balancers have deletion protection on',
  description:
    'Reads the load balancer attribute deletion_protection.enabled (DescribeLoadBalancerAttributes).',
  severity: 'low',
  risk: 'A load balancer deleted by mistake takes the application offline, and its DNS name is gone for good.',
  remediation: {
    text: 'Turn on deletion protection; turn it off only for a planned removal.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes Key=deletion_protection.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection',
  },
  compliance: { aws_fsbp: ['ELB.6'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (!TYPES.includes(lb.type)) continue;
      if (lb.attributes.state === 'absent') continue;
      if (lb.attributes.state !== 'available') {
        yield unreadable(lb.arn, `the attributes of ${lb.name}`, lb.attributes);
        continue;
      }
      const value = lb.attributes.value.deletionProtectionEnabled;
      if (value === undefined) {
        yield {
          resource_id: lb.arn,
          status: 'ERROR',
          reason: `DescribeLoadBalancerAttributes returned no deletion_protection.enabled for ${lb.name}`,
        };
        continue;
      }
      yield value
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `${lb.name}: deletion_protection.enabled is true`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name}: deletion_protection.enabled is false`,
          };
    }
  },
});
