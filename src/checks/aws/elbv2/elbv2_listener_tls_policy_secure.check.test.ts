import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import check from './elbv2_listener_tls_policy_secure.check.js';
import { DENIED, http, https, lb, snapshot } from './fixtures.js';

describe('elbv2_listener_tls_policy_secure', () => {
  it('fails a listener whose policy allows TLS 1.0, passes TLS 1.2+, skips plain-only ones', () => {
    const modern = lb('web');
    const weak = lb('legacy', {
      listeners: { state: 'available', value: [https(443, 'ELBSecurityPolicy-2016-08')] },
    });
    const plain = lb('internal', { listeners: { state: 'available', value: [http(false)] } });

    expect(run(check, snapshot([modern, weak, plain]))).toEqual([
      {
        resource_id: modern.arn,
        status: 'PASS',
        reason:
          'every HTTPS/TLS listener of web requires TLS 1.2 or later (ELBSecurityPolicy-TLS13-1-2-2021-06)',
      },
      {
        resource_id: weak.arn,
        status: 'FAIL',
        reason: 'legacy allows TLS below 1.2: port 443 (ELBSecurityPolicy-2016-08)',
      },
    ]);
  });

  it('is ERROR when the policies, or one policy, were not described', () => {
    const web = lb('web');
    expect(
      statuses(
        check,
        snapshot([web], { sslPolicies: DENIED('elasticloadbalancing:DescribeSSLPolicies') }),
      ),
    ).toEqual({ [web.arn]: 'ERROR' });
    expect(
      statuses(check, snapshot([web], { sslPolicies: { state: 'available', value: {} } })),
    ).toEqual({
      [web.arn]: 'ERROR',
    });
  });
});
