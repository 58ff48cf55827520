import { CLOUDFRONT } from '../../../providers/aws/services/cloudfront/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'cloudfront_distributions_logging_enabled',
  scanner: CLOUDFRONT,
  reads: ['distributions', 'logDeliverySources'],
  resource_type: 'AwsCloudFrontDistribution',
  title: 'CloudFront distributions deliver access logs',
  description:
    'Passes with standard logging to S3 (GetDistributionConfig Logging.Enabled) or standard logs v2 delivered through CloudWatch Logs (a delivery source for the distribution, DescribeDeliverySources in us-east-1). ERROR when neither says yes and one could not be read.',
  severity: 'medium',
  risk: 'Without access logs there is no record of who requested what from the edge: abuse, scraping and data exposure cannot be investigated.',
  remediation: {
    text: 'Turn on standard logging (v2) to CloudWatch Logs, S3 or Firehose for the distribution.',
    console:
      'CloudFront → Distributions → <distribution> → Logging → Add → Amazon S3 / CloudWatch Logs / Firehose',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
  },
  compliance: { aws_fsbp: ['CloudFront.5'] },
  *evaluate(snapshot) {
    for (const d of snapshot.distributions) {
      if (d.config.state === 'absent') continue;
      const legacy = d.config.state === 'available' ? d.config.value.logging : undefined;
      if (legacy?.enabled) {
        yield {
          resource_id: d.arn,
          status: 'PASS',
          reason: `${d.id} logs to ${legacy.bucket ?? 'S3'} (standard logging)`,
        };
        continue;
      }
      const sources = snapshot.logDeliverySources;
      if (sources.state === 'available' && sources.value.includes(d.arn)) {
        yield {
          resource_id: d.arn,
          status: 'PASS',
          reason: `${d.id} delivers standard logs v2 through CloudWatch Logs`,
        };
        continue;
      }
      if (d.config.state !== 'available') {
        yield unreadable(d.arn, `the logging configuration of ${d.id}`, d.config);
        continue;
      }
      if (sources.state !== 'available') {
        yield unreadable(d.arn, `the standard logs v2 deliveries of ${d.id}`, sources);
        continue;
      }
      yield { resource_id: d.arn, status: 'FAIL', reason: `${d.id} delivers no access logs` };
    }
  },
});
