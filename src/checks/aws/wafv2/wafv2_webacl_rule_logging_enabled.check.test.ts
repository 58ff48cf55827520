import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { acl, DENIED, rule, scope, snapshot } from './fixtures.js';
import check from './wafv2_webacl_rule_logging_enabled.check.js';

describe('wafv2_webacl_rule_logging_enabled', () => {
  it('fails an ACL with a rule whose metrics are off, leaves rule-less ACLs to WAF.10', () => {
    const s = snapshot(
      scope([
        acl('shop'),
        acl('dark', { rules: [rule('common'), rule('rate-limit', false)] }),
        acl('empty', { rules: [] }),
        acl('denied', { detail: DENIED('wafv2:GetWebACL') }),
      ]),
    );
    const results = run(check, s);
    expect(results.map((r) => [r.resource_id.split('/').at(-2), r.status])).toEqual([
      ['shop', 'PASS'],
      ['dark', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(results[1]?.reason).toContain('rate-limit');
  });
});
