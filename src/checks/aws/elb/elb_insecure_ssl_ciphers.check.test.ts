import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './elb_insecure_ssl_ciphers.check.js';
import { DENIED, lb, listener, snapshot } from './fixtures.js';

describe('elb_insecure_ssl_ciphers', () => {
  it('passes the strong predefined policy, fails an older or custom one, skips plain listeners', () => {
    const s = snapshot([
      lb('strong'),
      lb('old', {
        listeners: [listener('HTTPS', 443, ['old'])],
        policies: {
          state: 'available',
          value: {
            old: {
              type: 'SSLNegotiationPolicyType',
              referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08',
              protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
            },
          },
        },
      }),
      lb('custom', {
        listeners: [listener('SSL', 8443, ['mine'])],
        policies: {
          state: 'available',
          value: { mine: { type: 'SSLNegotiationPolicyType', protocols: ['TLSv1.2'] } },
        },
      }),
      lb('plain', { listeners: [listener('HTTP', 80)] }),
      lb('denied', { policies: DENIED('elasticloadbalancing:DescribeLoadBalancerPolicies') }),
    ]);
    const results = run(check, s);
    expect(results.map((r) => [r.resource_id.split('/').at(-1), r.status])).toEqual([
      ['strong', 'PASS'],
      ['old', 'FAIL'],
      ['custom', 'FAIL'],
      ['denied', 'ERROR'],
    ]);
    expect(results[1]?.reason).toContain('ELBSecurityPolicy-2016-08');
    expect(results[2]?.reason).toContain('(mine)');
    expect(results[3]?.reason).toContain('DescribeLoadBalancerPolicies was denied');
  });
});
