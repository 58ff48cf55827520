import { ELB } from '../../../providers/aws/services/elb/model.js';
import { defineCheck } from '../../define.js';
import { judgeAttributes } from './attribute-check.js';

export default defineCheck({
  id: 'elb_logging_enabled',
  scanner: ELB,
  reads: ['loadBalancers'],
  resource_type: 'AwsElbLoadBalancer',
  title: 'Classic Load Balancers deliver access logs',
  description:
    'Reads AccessLog.Enabled of each Classic Load Balancer (DescribeLoadBalancerAttributes).',
  severity: 'medium',
  risk: 'Without access logs there is no record of who called the application, from where and with what result: incidents cannot be investigated.',
  remediation: {
    text: 'Turn on access logs to an S3 bucket whose policy lets the regional ELB account (or the logdelivery service) write.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"AccessLog\\":{\\"Enabled\\":true,\\"S3BucketName\\":\\"BUCKET\\",\\"EmitInterval\\":60}}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html',
  },
  compliance: { aws_fsbp: ['ELB.5'] },
  *evaluate(snapshot) {
    yield* judgeAttributes(snapshot.loadBalancers, (lb, a) =>
      a.accessLogsEnabled
        ? { status: 'PASS', reason: `${lb.name} logs to s3://${a.accessLogsBucket ?? '?'}` }
        : { status: 'FAIL', reason: `${lb.name}: access logs are off` },
    );
  },
});
