import { describe, expect, it } from 'vitest';
import { allUnreadable, run } from '../testing.js';
import { acl, all, DENIED, scope, snapshot } from './fixtures.js';
import check from './wafv2_webacl_logging_enabled.check.js';

const summary = (s: Parameters<typeof run<typeof all>>[1]) =>
  run(check, s).map((r) => [r.resource_id.split('/').at(-2) ?? r.resource_id, r.status]);

describe('wafv2_webacl_logging_enabled', () => {
  it('passes an ACL with a logging configuration, fails one without, in both scopes', () => {
    const s = snapshot(scope([acl('shop'), acl('quiet')], ['quiet']), {
      state: 'available',
      value: scope([acl('edge', { scope: 'CLOUDFRONT' })], ['edge']),
    });
    expect(summary(s)).toEqual([
      ['shop', 'PASS'],
      ['quiet', 'FAIL'],
      ['edge', 'FAIL'],
    ]);
  });

  it('reports ERROR naming ListLoggingConfigurations when the listing was denied', () => {
    const s = snapshot(
      scope([acl('shop')], [], { logging: DENIED('wafv2:ListLoggingConfigurations') }),
    );
    const [result] = run(check, s);
    expect(result?.status).toBe('ERROR');
    expect(result?.reason).toContain('wafv2:ListLoggingConfigurations was denied');
  });

  it('reports one ERROR on the region when the CloudFront ACLs could not be listed', () => {
    const s = snapshot(scope([acl('shop')]), DENIED('wafv2:ListWebACLs'));
    const results = run(check, s);
    expect(results.map((r) => r.status)).toEqual(['ERROR', 'PASS']);
    expect(results[0]?.resource_id).toBe('arn:aws:wafv2:eu-west-3:123456789012:region/eu-west-3');
  });

  it('never passes an unreadable snapshot', () => {
    expect(run(check, allUnreadable(all)).filter((r) => r.status === 'PASS')).toEqual([]);
  });
});
