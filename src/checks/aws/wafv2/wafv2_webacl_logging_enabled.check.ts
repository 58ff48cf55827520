import { WAFV2 } from '../../../providers/aws/services/wafv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { eachWebAcl } from './acls.js';

export default defineCheck({
  id: 'wafv2_webacl_logging_enabled',
  scanner: WAFV2,
  reads: ['regional', 'cloudfront'],
  resource_type: 'AwsWafv2WebAcl',
  title: 'AWS WAF web ACLs log the traffic they inspect',
  description:
    'Each web ACL (REGIONAL, and CLOUDFRONT in us-east-1) has a logging configuration with a destination (ListLoggingConfigurations, one listing per scope).',
  severity: 'medium',
  risk: 'Without WAF logs there is no record of which requests were blocked or let through and why: attacks and false positives cannot be investigated.',
  remediation: {
    text: 'Send the web ACL’s logs to a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-.',
    cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=WEB_ACL_ARN,LogDestinationConfigs=DESTINATION_ARN',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html',
  },
  compliance: {},
  *evaluate(snapshot, ctx) {
    for (const item of eachWebAcl(snapshot, ctx)) {
      if ('error' in item) {
        yield item.error;
        continue;
      }
      const { acl, scope } = item;
      if (scope.logging.state !== 'available') {
        yield unreadable(
          acl.arn,
          `the logging configurations of the ${scope.scope} scope`,
          scope.logging,
        );
        continue;
      }
      const destinations = scope.logging.value[acl.arn]?.destinations ?? [];
      yield destinations.length > 0
        ? {
            resource_id: acl.arn,
            status: 'PASS',
            reason: `${acl.name} logs to ${destinations.join(', ')}`,
          }
        : {
            resource_id: acl.arn,
            status: 'FAIL',
            reason: `${acl.name} (${acl.scope}) has no logging configuration`,
          };
    }
  },
});
