import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import { acl, DENIED, scope, snapshot } from './fixtures.js';
import check from './wafv2_webacl_with_rules.check.js';

describe('wafv2_webacl_with_rules', () => {
  it('passes an ACL with rules or Firewall Manager groups, fails an empty one, errs on a denied read', () => {
    const fms = acl('fms', { rules: [] });
    if (fms.detail.state === 'available') fms.detail.value.firewallManagerRuleGroups = 2;
    const s = snapshot(
      scope([
        acl('shop'),
        acl('empty', { rules: [] }),
        fms,
        acl('denied', { detail: DENIED('wafv2:GetWebACL') }),
        acl('gone', { detail: { ...DENIED('wafv2:GetWebACL'), state: 'absent' } }),
      ]),
    );
    const results = run(check, s);
    expect(results.map((r) => [r.resource_id.split('/').at(-2), r.status])).toEqual([
      ['shop', 'PASS'],
      ['empty', 'FAIL'],
      ['fms', 'PASS'],
      ['denied', 'ERROR'],
    ]);
    expect(results[1]?.reason).toContain('default action (allow)');
    expect(results[3]?.reason).toContain('wafv2:GetWebACL was denied');
  });
});
