import { queryLogGroup, ROUTE53 } from '../../../providers/aws/services/route53/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'route53_public_hosted_zones_cloudwatch_logging_enabled',
  scanner: ROUTE53,
  reads: ['zones', 'queryLogging'],
  resource_type: 'AwsRoute53HostedZone',
  title: 'Route 53 public hosted zones log DNS queries',
  description:
    'ListQueryLoggingConfigs: a public hosted zone with a query logging configuration (to CloudWatch Logs) passes; one without fails. Private zones are not judged (Route53.2 covers public zones; Resolver query logging covers VPCs).',
  severity: 'medium',
  risk: 'Without query logs nobody can see which names were asked for, from where: DNS-based exfiltration, typosquatting of your names and the use of a record before it is taken over go unseen.',
  remediation: {
    text: 'Configure query logging for the zone to a CloudWatch Logs log group in us-east-1 (with a resource policy letting route53.amazonaws.com write to it).',
    cli: 'aws route53 create-query-logging-config --hosted-zone-id ZONE_ID --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:ACCOUNT:log-group:/aws/route53/DOMAIN',
    console: 'Route 53 → Hosted zones → <zone> → Query logging → Configure query logging',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html',
  },
  compliance: { aws_fsbp: ['Route53.2'] },
  *evaluate(snapshot) {
    for (const z of snapshot.zones) {
      if (z.private) continue;
      const logging = queryLogGroup(snapshot, z);
      if (logging.state !== 'available') {
        yield unreadable(z.arn, `query logging of zone ${z.name}`, logging);
        continue;
      }
      yield logging.value !== undefined
        ? {
            resource_id: z.arn,
            status: 'PASS',
            reason: `zone ${z.name} logs queries to ${logging.value}`,
          }
        : {
            resource_id: z.arn,
            status: 'FAIL',
            reason: `public zone ${z.name} has no query logging`,
          };
    }
  },
});
