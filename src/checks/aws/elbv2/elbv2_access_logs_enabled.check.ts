import { ELBV2 } from '../../../providers/aws/services/elbv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

const TYPES = ['application'];

export default defineCheck({
  id: 'elbv2_access_logs_enabled',
  scanner: ELBV2,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbv2LoadBalancer',
  title: 'Application Load Balancers deliver access logs',
  description:
    'Reads the load balancer attribute access_logs.s3.enabled (DescribeLoadBalancerAttributes).',
  severity: 'medium',
  risk: 'Without access logs there is no record of who called the application, from where and with what result: incidents cannot be investigated.',
  remediation: {
    text: 'Turn on access logs to an S3 bucket whose policy lets the regional ELB account (or the logdelivery service) write.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=BUCKET',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  },
  compliance: { aws_fsbp: ['ELB.5'] },
  *evaluate(snapshot) {
    for (const lb of snapshot.loadBalancers) {
      if (!TYPES.includes(lb.type)) continue;
      if (lb.attributes.state === 'absent') continue;
      if (lb.attributes.state !== 'available') {
        yield unreadable(lb.arn, `the attributes of ${lb.name}`, lb.attributes);
        continue;
      }
      const value = lb.attributes.value.accessLogsEnabled;
      if (value === undefined) {
        yield {
          resource_id: lb.arn,
          status: 'ERROR',
          reason: `DescribeLoadBalancerAttributes returned no access_logs.s3.enabled for ${lb.name}`,
        };
        continue;
      }
      yield value
        ? {
            resource_id: lb.arn,
            status: 'PASS',
            reason: `${lb.name}: access_logs.s3.enabled is true`,
          }
        : {
            resource_id: lb.arn,
            status: 'FAIL',
            reason: `${lb.name}: access_logs.s3.enabled is false`,
          };
    }
  },
});
