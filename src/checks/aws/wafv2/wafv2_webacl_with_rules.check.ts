import { WAFV2 } from '../../../providers/aws/services/wafv2/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';
import { eachWebAcl } from './acls.js';

export default defineCheck({
  id: 'wafv2_webacl_with_rules',
  scanner: WAFV2,
  reads: ['regional', 'cloudfront'],
  resource_type: 'AwsWafv2WebAcl',
  title: 'AWS WAF web ACLs have at least one rule or rule group',
  description:
    'Each web ACL has a rule, a rule group reference, or a Firewall Manager rule group (GetWebACL).',
  severity: 'medium',
  risk: 'A web ACL without rules inspects nothing: every request gets the default action, and the resources it is attached to are not protected.',
  remediation: {
    text: 'Add rules or managed rule groups (for instance AWSManagedRulesCommonRuleSet) to the web ACL, or delete it.',
    console: 'WAF & Shield → Web ACLs → <ACL> → Rules → Add rules',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html',
  },
  compliance: { aws_fsbp: ['WAF.10'] },
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
      const d = acl.detail.value;
      const count = d.rules.length + d.firewallManagerRuleGroups;
      yield count > 0
        ? {
            resource_id: acl.arn,
            status: 'PASS',
            reason: `${acl.name} has ${count} rule(s) or rule group(s)`,
          }
        : {
            resource_id: acl.arn,
            status: 'FAIL',
            reason: `${acl.name} has no rule: every request gets its default action (${d.defaultAction})`,
          };
    }
  },
});
