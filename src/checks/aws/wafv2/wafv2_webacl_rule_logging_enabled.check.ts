import { WAFV2 } from '../../../providers/aws/services/wafv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { eachWebAcl } from './acls.js';

export default defineCheck({
  id: 'wafv2_webacl_rule_logging_enabled',
  scanner: WAFV2,
  reads: ['regional', 'cloudfront'],
  resource_type: 'AwsWafv2WebAcl',
  title: 'AWS WAF web ACL rules and rule groups send metrics to CloudWatch',
  description:
    'Every rule and rule group reference of each web ACL has CloudWatchMetricsEnabled in its visibility configuration (GetWebACL). An ACL without rules is left to wafv2_webacl_with_rules.',
  severity: 'medium',
  risk: 'A rule without CloudWatch metrics gives no count of the requests it matched or blocked: an attack, or a rule blocking legitimate traffic, goes unseen.',
  remediation: {
    text: 'Turn on CloudWatch metrics in the visibility configuration of each rule.',
    console: 'WAF & Shield → Web ACLs → <ACL> → Rules → <rule> → Edit → Amazon CloudWatch metrics',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-testing-activities-cloudwatch-metrics.html',
  },
  compliance: { aws_fsbp: ['WAF.12'] },
  *evaluate(snapshot, ctx) {
    for (const item of eachWebAcl(snapshot, ctx)) {
      if ('error' in item) {
        yield item.error;
        continue;
      }
      const { acl } = item;
      if (acl.detail.state === 'absent') continue;
      if (acl.detail.state !== 'available') {
        yield unreadable(acl.arn, `the rules of ${acl.name}`, acl.detail);
        continue;
      }
      const rules = acl.detail.value.rules;
      if (rules.length === 0) continue;
      const dark = rules.filter((r) => !r.cloudWatchMetricsEnabled).map((r) => r.name);
      yield dark.length === 0
        ? {
            resource_id: acl.arn,
            status: 'PASS',
            reason: `all ${rules.length} rule(s) of ${acl.name} send CloudWatch metrics`,
          }
        : {
            resource_id: acl.arn,
            status: 'FAIL',
            reason: `${acl.name}: CloudWatch metrics are off for ${dark.join(', ')}`,
          };
    }
  },
});
