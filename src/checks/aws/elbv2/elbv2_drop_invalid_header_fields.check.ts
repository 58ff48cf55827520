import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const TYPES = ['application'];

export default defineCheck({
  id: 'elbv2_drop_invalid_header_fields',
  scanner: ELBV2,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'Application Load Balancers drop invalid HTTP headers',
  description:
    'Reads the load balancer attribute routing.http.drop_invalid_header_fields.enabled (DescribeLoadBalancerAttributes).',
  severity: 'medium',
  risk: 'Headers with invalid names are passed to the targets, which may read them differently from the load balancer (HTTP desync and request smuggling).',
  remediation: {
    text: 'Turn on routing.http.drop_invalid_header_fields.enabled.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
  },
  compliance: { aws_fsbp: ['ELB.4'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (!TYPES.includes(lb.type)) continue;
      if (lb.attributes.state === 'absent') continue;
      if (lb.attributes.state !== 'available') {
        yield unreadable(lb.arn, `the attributes of ${lb.name}`, lb.attributes);
        continue;
      }
      const value = lb.attributes.value.dropInvalidHeaderFields;
      if (value === undefined) {
        yield {
          resource_id: lb.arn,
          status: 'ERROR',
          reason: `DescribeLoadBalancerAttributes returned no routing.http.drop_invalid_header_fields.enabled for ${lb.name}`,
        };
        continue;
      }
      yield value
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `${lb.name}: routing.http.drop_invalid_header_fields.enabled is true`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name}: routing.http.drop_invalid_header_fields.enabled is false`,
          };
    }
  },
});
