import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './cloudfront_distributions_waf_enabled.check.js';
import { dist, snapshot } from './fixtures.js';

describe('cloudfront_distributions_waf_enabled', () => {
  it('passes a distribution with a web ACL and fails one without', () => {
    const ok = dist('EOK');
    const bare = dist('EBARE', { webAclId: undefined });
    expect(run(check, snapshot([ok, bare]))).toEqual([
      { resource_id: ok.arn, status: 'PASS', reason: `EOK is protected by ${ok.webAclId}` },
      { resource_id: bare.arn, status: 'FAIL', reason: 'EBARE has no WAF web ACL' },
    ]);
  });
});
